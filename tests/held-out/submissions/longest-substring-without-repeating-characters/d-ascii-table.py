class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last_seen = [-1] * 128
        left = 0
        best = 0
        for right, ch in enumerate(s):
            code = ord(ch)
            if last_seen[code] >= left:
                left = last_seen[code] + 1
            last_seen[code] = right
            best = max(best, right - left + 1)
        return best
