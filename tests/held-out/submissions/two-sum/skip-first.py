from typing import List


class Solution:
    def two_sum(self, nums: List[int], target: int) -> List[int]:
        index_of = {}
        for i in range(1, len(nums)):
            need = target - nums[i]
            if need in index_of:
                return [index_of[need], i]
            index_of[nums[i]] = i
        return [-1, -1]
