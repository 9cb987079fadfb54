from typing import List


class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        for i, num in enumerate(nums):
            rest = target - num
            if rest in nums:
                j = nums.index(rest)
                if j != i:
                    return [i, j]
        return []
