from typing import List


class Solution:
    def removeDuplicates(self, nums: List[int]) -> List[int]:
        result = []
        # a value is the last of its run when the next value differs
        for i in range(len(nums) - 1):
            if nums[i] != nums[i + 1]:
                result.append(nums[i])
        return result
