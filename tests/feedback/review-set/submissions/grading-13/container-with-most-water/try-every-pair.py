from typing import List


class Solution:
    def maxArea(self, heights: List[int]) -> int:
        best = 0
        n = len(heights)
        for left in range(n):
            for right in range(left + 1, n):
                water = min(heights[left], heights[right]) * (right - left)
                if water > best:
                    best = water
        return best
