class Solution:
    def isValidParentheses(self, s: str) -> bool:
        if len(s) % 2:
            return False
        closing = {")": "(", "]": "[", "}": "{"}
        stack = []
        for ch in s:
            if ch in closing:
                if not stack or stack[-1] != closing[ch]:
                    return False
                stack.pop()
            else:
                stack.append(ch)
        return not stack
