class Solution:
    def countPalindromicSubstrings(self, s: str) -> int:
        def is_pal(lo: int, hi: int) -> bool:
            while lo < hi:
                if s[lo] != s[hi]:
                    return False
                lo += 1
                hi -= 1
            return True

        total = 0
        for i in range(len(s)):
            for j in range(i, len(s)):
                if is_pal(i, j):
                    total += 1
        return total
