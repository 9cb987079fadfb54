from typing import List


def max_area(heights: List[int]) -> int:
    n = len(heights)
    best = 0
    for i in range(n - 1):
        left = heights[i]
        widest = max(min(left, heights[j]) * (j - i) for j in range(i + 1, n))
        best = max(best, widest)
    return best
