class Solution:
    def isValidParentheses(self, s: str) -> bool:
        closes = {"(": ")", "[": "]", "{": "}"}
        need = []  # closers we still expect, innermost last
        for c in s:
            if c in closes:
                need.append(closes[c])
            elif not need or need.pop() != c:
                return False
        return not need
