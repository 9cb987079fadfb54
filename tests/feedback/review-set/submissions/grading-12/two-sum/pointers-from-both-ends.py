from typing import List


def two_sum(nums: List[int], target: int) -> List[int]:
    left, right = 0, len(nums) - 1
    while left < right:
        pair = nums[left] + nums[right]
        if pair == target:
            return [left, right]
        if pair < target:
            left += 1
        else:
            right -= 1
    return []
