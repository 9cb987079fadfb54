from typing import List


def trap(heights: List[int]) -> int:
    n = len(heights)
    left_max = [heights[0]] * n
    right_max = [heights[-1]] * n
    for i in range(1, n):
        left_max[i] = max(left_max[i - 1], heights[i])
    for i in range(n - 2, -1, -1):
        right_max[i] = max(right_max[i + 1], heights[i])
    return sum(min(left_max[i], right_max[i]) - heights[i] for i in range(n))
