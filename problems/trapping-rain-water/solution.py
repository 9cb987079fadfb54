from typing import List


def trap(heights: List[int]) -> int:
    """Return how many units of rain water the columns of these heights hold."""
    left, right = 0, len(heights) - 1
    left_max = right_max = 0
    water = 0
    while left < right:
        # The lower side is bounded by its own running maximum.
        if heights[left] < heights[right]:
            left_max = max(left_max, heights[left])
            water += left_max - heights[left]
            left += 1
        else:
            right_max = max(right_max, heights[right])
            water += right_max - heights[right]
            right -= 1
    return water
