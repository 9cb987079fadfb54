class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        if len(s) != len(t):
            return False
        # one bucket per character code
        buckets = [0] * 128
        for ch in s:
            buckets[ord(ch)] += 1
        for ch in t:
            code = ord(ch)
            buckets[code] -= 1
            if buckets[code] < 0:
                return False
        return True
