from typing import List


class Solution:
    def removeDuplicates(self, nums: List[int]) -> None:
        if not nums:
            return
        slow = 1
        for fast in range(1, len(nums)):
            if nums[fast] != nums[slow - 1]:
                nums[slow] = nums[fast]
                slow += 1
        del nums[slow:]
