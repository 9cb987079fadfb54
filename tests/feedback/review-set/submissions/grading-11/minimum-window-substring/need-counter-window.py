from collections import Counter


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        if not s or not t:
            return ""

        need = Counter(t)
        missing = len(t)
        left = 0
        best_start, best_len = 0, float("inf")

        for right, ch in enumerate(s):
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1

            while missing == 0:
                window = right - left
                if window < best_len:
                    best_start, best_len = left, window
                need[s[left]] += 1
                if need[s[left]] > 0:
                    missing += 1
                left += 1

        if best_len == float("inf"):
            return ""
        return s[best_start:best_start + best_len]
