from typing import List


class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        # every index and every value cancel out except the missing one
        result = len(nums)
        for i, v in enumerate(nums):
            result ^= i ^ v
        return result
