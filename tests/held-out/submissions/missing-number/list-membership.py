from typing import List


class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        for candidate in range(len(nums) + 1):
            if candidate not in nums:
                return candidate
        return -1
