def _slot(ch):
    return ord(ch) - ord("a")


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        if not t:
            return ""
        want = [0] * 26
        for ch in t:
            want[_slot(ch)] += 1
        kinds = sum(1 for c in want if c)
        have = [0] * 26
        formed = 0
        best_lo, best_hi = 0, -1
        lo = 0
        for hi, ch in enumerate(s):
            idx = _slot(ch)
            have[idx] += 1
            if want[idx] and have[idx] == want[idx]:
                formed += 1
            while formed == kinds:
                if best_hi < 0 or hi - lo < best_hi - best_lo:
                    best_lo, best_hi = lo, hi
                out = _slot(s[lo])
                have[out] -= 1
                if have[out] < want[out]:
                    formed -= 1
                lo += 1
        return s[best_lo:best_hi + 1]
