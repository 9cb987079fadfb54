from typing import List


class Solution:
    def trap(self, heights: List[int]) -> int:
        n = len(heights)
        suffix = [0] * (n + 1)
        for i in range(n - 1, -1, -1):
            suffix[i] = max(suffix[i + 1], heights[i])
        units = 0
        for i in range(n):
            prefix_top = max(heights[:i + 1])
            units += min(prefix_top, suffix[i]) - heights[i]
        return units
