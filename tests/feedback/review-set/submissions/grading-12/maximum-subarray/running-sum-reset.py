from typing import List


class Solution:
    def maxSubarray(self, nums: List[int]) -> int:
        best = nums[0]
        current = 0
        for x in nums:
            current = max(0, current + x)
            best = max(best, current)
        return best
