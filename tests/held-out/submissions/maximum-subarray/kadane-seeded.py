from typing import List


class Solution:
    def maxSubarray(self, nums: List[int]) -> int:
        best = current = nums[0]
        for x in nums:
            current = max(x, current + x)
            best = max(best, current)
        return best
