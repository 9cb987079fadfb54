from typing import List


class Solution:
    def is_anagram(self, s: str, t: str) -> bool:
        if len(s) != len(t):
            return False
        table: List[int] = [0] * 128
        for ch in s:
            table[ord(ch)] += 1
        for ch in t:
            table[ord(ch)] -= 1
            if table[ord(ch)] < 0:
                return False
        return True
