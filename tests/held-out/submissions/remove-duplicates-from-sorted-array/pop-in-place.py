from typing import List


class Solution:
    def remove_duplicates(self, nums: List[int]) -> None:
        i = 1
        while i < len(nums):
            if nums[i] == nums[i - 1]:
                nums.pop(i)
            else:
                i += 1
