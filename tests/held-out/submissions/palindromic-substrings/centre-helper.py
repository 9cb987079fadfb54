class Solution:
    def countPalindromicSubstrings(self, s: str) -> int:
        def grow(lo: int, hi: int) -> int:
            found = 0
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                found += 1
                lo -= 1
                hi += 1
            return found

        total = 0
        for i in range(len(s)):
            total += grow(i, i)      # odd lengths
            total += grow(i, i + 1)  # even lengths
        return total
