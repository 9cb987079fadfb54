class Solution:
    def countPalindromicSubstrings(self, s):
        def expand(lo, hi):
            found = 0
            while lo > 0 and hi < len(s) and s[lo] == s[hi]:
                found += 1
                lo -= 1
                hi += 1
            return found
        return sum(expand(i, i) + expand(i, i + 1) for i in range(len(s)))
