from typing import List


def two_sum(nums: List[int], target: int) -> List[int]:
    positions = {}
    for i, x in enumerate(nums):
        if target - x in positions:
            return [positions[target - x], i]
        positions[x] = i
    return []
