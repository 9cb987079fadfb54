from collections import Counter, defaultdict


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        if not t:
            return ""
        need = Counter(t)
        have = defaultdict(int)
        formed, required = 0, len(need)
        best_len, best_left = float("inf"), 0
        left = 0
        for right, ch in enumerate(s):
            have[ch] += 1
            if ch in need and have[ch] == need[ch]:
                formed += 1
            while formed == required:
                if right - left + 1 < best_len:
                    best_len, best_left = right - left + 1, left
                out = s[left]
                have[out] -= 1
                if out in need and have[out] < need[out]:
                    formed -= 1
                left += 1
        return "" if best_len == float("inf") else s[best_left:best_left + best_len]
