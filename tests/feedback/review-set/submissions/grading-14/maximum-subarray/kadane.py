from typing import List


def max_subarray(nums: List[int]) -> int:
    best = 0
    running = 0
    for x in nums:
        running = max(x, running + x)
        best = max(best, running)
    return best
