class Solution:
    def lengthOfLongestSubstring(self, s):
        lo = 0
        ans = 0
        for hi in range(len(s)):
            while len(set(s[lo:hi + 1])) < hi - lo + 1:
                lo += 1
            ans = max(ans, hi - lo + 1)
        return ans
