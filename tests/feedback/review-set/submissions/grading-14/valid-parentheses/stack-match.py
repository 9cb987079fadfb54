class Solution:
    def isValidParentheses(self, s: str) -> bool:
        closing_to_opening = {")": "(", "]": "[", "}": "{"}
        stack = []
        for ch in s:
            if ch in closing_to_opening:
                if stack.pop() != closing_to_opening[ch]:
                    return False
            else:
                stack.append(ch)
        return not stack
