class Solution:
    def countPalindromicSubstrings(self, s: str) -> int:
        n = len(s)
        rev = s[::-1]
        count = 0
        for i in range(n):
            for j in range(i, n):
                # s[i..j] read backwards sits at rev[n-1-j .. n-1-i]
                if s[i:j + 1] == rev[n - 1 - j:n - i]:
                    count += 1
        return count
