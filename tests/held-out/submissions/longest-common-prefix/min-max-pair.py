from typing import List


class Solution:
    def longestCommonPrefix(self, strs: List[str]) -> str:
        if not strs:
            return ""
        # the lexicographic extremes share exactly the common prefix of all
        low, high = min(strs), max(strs)
        n = 0
        limit = min(len(low), len(high))
        while n < limit and low[n] == high[n]:
            n += 1
        return low[:n]
