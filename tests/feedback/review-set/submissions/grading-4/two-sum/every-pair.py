from typing import List


def two_sum(nums: List[int], target: int) -> List[int]:
    for i, first in enumerate(nums):
        for j in range(i + 1, len(nums)):
            if first + nums[j] == target:
                return [i, j]
    return []
