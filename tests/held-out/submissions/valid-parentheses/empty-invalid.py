class Solution:
    def isValidParentheses(self, s: str) -> bool:
        if not s or len(s) % 2 == 1:
            return False
        match = {")": "(", "]": "[", "}": "{"}
        stack = []
        for c in s:
            if c in match:
                if not stack or stack[-1] != match[c]:
                    return False
                stack.pop()
            else:
                stack.append(c)
        return not stack
