from typing import List


class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        index_of = {}
        for i, x in enumerate(nums):
            if target - x in index_of:
                return [index_of[target - x], i]
            index_of[x] = i
        return []
