from typing import List
import bisect


class Solution:
    def searchRotated(self, nums: List[int], target: int) -> int:
        if not nums:
            return -1
        pivot = nums.index(min(nums))
        if pivot > 0 and nums[0] <= target <= nums[pivot - 1]:
            idx = bisect.bisect_left(nums, target, 0, pivot)
        else:
            idx = bisect.bisect_left(nums, target, pivot, len(nums))
        return idx if idx < len(nums) and nums[idx] == target else -1
