class Solution:
    def countPalindromicSubstrings(self, s: str) -> int:
        n = len(s)
        count = 0
        for i in range(n):
            for j in range(i, n):
                piece = s[i:j + 1]
                if piece == "".join(reversed(piece)):
                    count += 1
        return count
