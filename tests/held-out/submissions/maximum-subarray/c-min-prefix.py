from typing import List


def max_subarray(nums: List[int]) -> int:
    prefixes = [0]
    running = 0
    best = nums[0]
    for x in nums:
        running += x
        best = max(best, running - min(prefixes))
        prefixes.append(running)
    return best
