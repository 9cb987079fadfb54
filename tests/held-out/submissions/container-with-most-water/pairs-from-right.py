from typing import List


class Solution:
    def maxArea(self, height: List[int]) -> int:
        n = len(height)
        result = 0
        for left in range(n - 1):
            if height[left] == 0:
                continue
            # walk in from the far end
            for right in range(n - 1, left, -1):
                water = (right - left) * min(height[left], height[right])
                if water > result:
                    result = water
        return result
