from typing import List


def max_subarray(nums: List[int]) -> int:
    best = nums[0]
    running = 0
    for value in nums:
        running = max(running + value, 0)
        best = max(best, running)
    return best
