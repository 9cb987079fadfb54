from typing import List


def two_sum(nums: List[int], target: int) -> List[int]:
    for i, x in enumerate(nums):
        try:
            j = nums.index(target - x, i + 1)
        except ValueError:
            continue
        return [i, j]
    return []
