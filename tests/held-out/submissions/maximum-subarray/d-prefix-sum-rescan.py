from typing import List


def max_subarray(nums: List[int]) -> int:
    best = nums[0]
    lowest_prefix = 0
    for i in range(len(nums)):
        prefix = sum(nums[:i + 1])
        best = max(best, prefix - lowest_prefix)
        lowest_prefix = min(lowest_prefix, prefix)
    return best
