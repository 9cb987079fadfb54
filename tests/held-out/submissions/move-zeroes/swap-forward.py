from typing import List


class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        insert_at = 0
        for i, value in enumerate(nums):
            if value != 0:
                nums[insert_at], nums[i] = value, nums[insert_at]
                insert_at += 1
