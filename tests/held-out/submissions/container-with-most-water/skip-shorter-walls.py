from typing import List


class Solution:
    def maxArea(self, heights: List[int]) -> int:
        lo, hi = 0, len(heights) - 1
        result = 0
        while lo < hi:
            h = min(heights[lo], heights[hi])
            result = max(result, h * (hi - lo))
            while lo < hi and heights[lo] <= h:
                lo += 1
            while lo < hi and heights[hi] <= h:
                hi -= 1
        return result
