class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        if len(s) != len(t):
            return False
        freq = {}
        for ch in s:
            freq[ch] = freq.get(ch, 0) + 1
        for ch in t:
            left = freq.get(ch, 0)
            if left == 0:
                return False
            freq[ch] = left - 1
        return True
