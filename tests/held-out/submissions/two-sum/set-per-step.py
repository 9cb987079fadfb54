from typing import List


def two_sum(nums: List[int], target: int) -> List[int]:
    for i, x in enumerate(nums):
        earlier = set(nums[:i])
        if target - x in earlier:
            return [nums.index(target - x), i]
    return []
