from typing import List


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        if not t:
            return ""
        # counts for 'A'..'z'
        need = [0] * 58
        for c in t:
            need[ord(c) - 65] += 1
        required = len(t)
        l = 0
        start, size = 0, 0
        for r in range(len(s)):
            i = ord(s[r]) - 65
            if need[i] > 0:
                required -= 1
            need[i] -= 1
            while required == 0:
                if size == 0 or r - l + 1 < size:
                    start, size = l, r - l + 1
                j = ord(s[l]) - 65
                need[j] += 1
                if need[j] > 0:
                    required += 1
                l += 1
        return s[start:start + size]
