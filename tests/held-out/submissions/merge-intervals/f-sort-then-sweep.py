from typing import List


class Solution:
    def merge_intervals(self, intervals: List[List[int]]) -> List[List[int]]:
        result = []
        for lo, hi in sorted(intervals):
            if not result or lo > result[-1][1]:
                result.append([lo, hi])
            elif hi > result[-1][1]:
                result[-1][1] = hi
        return result
