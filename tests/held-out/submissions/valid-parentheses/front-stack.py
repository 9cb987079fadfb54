class Solution:
    def is_valid_parentheses(self, s):
        closing = {")": "(", "]": "[", "}": "{"}
        stack = []
        for ch in s:
            if ch in closing:
                if not stack or stack.pop(0) != closing[ch]:
                    return False
            else:
                stack.insert(0, ch)
        return not stack
