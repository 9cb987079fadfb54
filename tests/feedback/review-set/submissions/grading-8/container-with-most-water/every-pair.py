from typing import List


class Solution:
    def maxArea(self, heights: List[int]) -> int:
        best = 0
        n = len(heights)
        for i in range(n - 1):
            left = heights[i]
            if left == 0:
                continue
            for j in range(i + 1, n):
                area = min(left, heights[j]) * (j - i)
                if area > best:
                    best = area
        return best
