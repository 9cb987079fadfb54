from typing import List


def trap(heights: List[int]) -> int:
    water = 0
    left_max = 0
    for i, h in enumerate(heights):
        left_max = max(left_max, h)
        right_max = max(heights[i:])
        water += min(left_max, right_max) - h
    return water
