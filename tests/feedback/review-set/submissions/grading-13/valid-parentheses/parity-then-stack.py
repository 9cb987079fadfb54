class Solution:
    def isValidParentheses(self, s: str) -> bool:
        if len(s) % 2 == 1:
            return False

        opener_for = {")": "(", "]": "[", "}": "{"}
        stack = []
        for ch in s:
            if ch in opener_for:
                if stack.pop() != opener_for[ch]:
                    return False
            else:
                stack.append(ch)
        return not stack
