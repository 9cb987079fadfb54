from typing import List


def max_area(heights: List[int]) -> int:
    """Try every pair of walls: O(n^2)."""
    best = 0
    for i in range(len(heights)):
        for j in range(i + 1, len(heights)):
            area = min(heights[i], heights[j]) * (j - i)
            if area > best:
                best = area
    return best
