class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        counts = [0] * 26
        left = 0
        longest = 0
        for right in range(len(s)):
            idx = ord(s[right]) - ord("a")
            counts[idx] += 1
            while counts[idx] > 1:
                counts[ord(s[left]) - ord("a")] -= 1
                left += 1
            longest = max(longest, right - left + 1)
        return longest
