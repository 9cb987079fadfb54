from typing import List


def max_area(heights: List[int]) -> int:
    """Return the most water two walls can hold: max of min(h[i], h[j]) * (j - i)."""
    best = 0
    left, right = 0, len(heights) - 1
    while left < right:
        width = right - left
        if heights[left] < heights[right]:
            best = max(best, heights[left] * width)
            left += 1
        else:
            best = max(best, heights[right] * width)
            right -= 1
    return best
