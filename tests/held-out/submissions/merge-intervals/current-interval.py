from typing import List


class Solution:
    def mergeIntervals(self, intervals: List[List[int]]) -> List[List[int]]:
        if not intervals:
            return []
        ordered = sorted(intervals)
        out = []
        cur_start, cur_end = ordered[0]
        for start, end in ordered[1:]:
            if start <= cur_end:
                cur_end = max(cur_end, end)
            else:
                out.append([cur_start, cur_end])
                cur_start, cur_end = start, end
        out.append([cur_start, cur_end])
        return out
