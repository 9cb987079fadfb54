from typing import List


def two_sum(nums: List[int], target: int) -> List[int]:
    where = {value: idx for idx, value in enumerate(nums)}
    for i, value in enumerate(nums):
        j = where.get(target - value)
        if j is not None:
            return [i, j]
    return []
