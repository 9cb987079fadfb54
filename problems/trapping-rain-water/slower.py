from typing import List


def trap(heights: List[int]) -> int:
    """Scan left and right of every column for the tallest walls: O(n^2)."""
    water = 0
    n = len(heights)
    for i in range(n):
        left_max = 0
        for j in range(i + 1):
            if heights[j] > left_max:
                left_max = heights[j]
        right_max = 0
        for j in range(i, n):
            if heights[j] > right_max:
                right_max = heights[j]
        water += min(left_max, right_max) - heights[i]
    return water
