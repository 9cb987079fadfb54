from typing import List


def trap(heights: List[int]) -> int:
    total = 0
    for i in range(1, len(heights) - 1):
        left_wall = max(heights[:i])
        right_wall = max(heights[i + 1:])
        level = min(left_wall, right_wall)
        if level > heights[i]:
            total += level - heights[i]
    return total
