class Solution:
    def minWindow(self, s: str, t: str) -> str:
        if not t or not s:
            return ""
        need = [0] * 128
        for c in t:
            need[ord(c)] += 1
        remaining = len(t)
        lo = 0
        best = (float("inf"), 0, 0)
        for hi, c in enumerate(s):
            if need[ord(c)] > 0:
                remaining -= 1
            need[ord(c)] -= 1
            while remaining == 0:
                if hi - lo + 1 < best[0]:
                    best = (hi - lo + 1, lo, hi + 1)
                need[ord(s[lo])] += 1
                if need[ord(s[lo])] > 0:
                    remaining += 1
                lo += 1
        return "" if best[0] == float("inf") else s[best[1]:best[2]]
