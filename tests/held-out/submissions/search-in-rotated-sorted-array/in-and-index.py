from typing import List


def search_rotated(nums: List[int], target: int) -> int:
    if target in nums:
        return nums.index(target)
    return -1
