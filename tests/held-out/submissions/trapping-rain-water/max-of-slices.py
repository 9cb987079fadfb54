from typing import List


def trap(heights: List[int]) -> int:
    water = 0
    for i in range(1, len(heights) - 1):
        wall = min(max(heights[:i]), max(heights[i + 1:]))
        if wall > heights[i]:
            water += wall - heights[i]
    return water
