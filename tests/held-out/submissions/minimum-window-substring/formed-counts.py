from collections import Counter, defaultdict


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        if not s or not t:
            return ""
        target = Counter(t)
        window = defaultdict(int)
        satisfied = 0
        lo = 0
        best_len, best_lo = float("inf"), 0
        for hi, ch in enumerate(s):
            window[ch] += 1
            if ch in target and window[ch] == target[ch]:
                satisfied += 1
            while satisfied == len(target):
                if hi - lo + 1 < best_len:
                    best_len, best_lo = hi - lo + 1, lo
                out = s[lo]
                window[out] -= 1
                if out in target and window[out] < target[out]:
                    satisfied -= 1
                lo += 1
        return "" if best_len == float("inf") else s[best_lo:best_lo + best_len]
