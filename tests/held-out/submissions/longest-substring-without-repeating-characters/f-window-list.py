class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        window = []
        best = 0
        for ch in s:
            while ch in window:
                window.pop(0)
            window.append(ch)
            best = max(best, len(window))
        return best
