from typing import List


def missing_number(nums: List[int]) -> int:
    candidates = list(range(len(nums) + 1))
    for value in nums:
        candidates.remove(value)
    return candidates[0]
