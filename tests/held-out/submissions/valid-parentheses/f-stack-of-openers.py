class Solution:
    def isValidParentheses(self, s: str) -> bool:
        if len(s) % 2:
            return False
        match = {")": "(", "]": "[", "}": "{"}
        stack = []
        for ch in s:
            if ch not in match:
                stack.append(ch)
            elif not stack or stack[-1] != match[ch]:
                return False
            else:
                stack.pop()
        return not stack
