class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        window = set()
        left = 0
        longest = 0
        for right, ch in enumerate(s):
            while ch in window:
                window.discard(s[left])
                left += 1
            window.add(ch)
            longest = max(longest, right - left + 1)
        return longest
