from typing import List


def water_between(heights: List[int], i: int, j: int) -> int:
    return min(heights[i], heights[j]) * (j - i)


def max_area(heights: List[int]) -> int:
    best = 0
    n = len(heights)
    for i in range(n - 1):
        for j in range(i + 1, n):
            best = max(best, water_between(heights, i, j))
    return best
