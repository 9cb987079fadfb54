from typing import List


def trap(heights: List[int]) -> int:
    water = 0
    for i in range(1, len(heights) - 1):
        level = min(max(heights[:i + 1]), max(heights[i:]))
        water += level - heights[i]
    return water
