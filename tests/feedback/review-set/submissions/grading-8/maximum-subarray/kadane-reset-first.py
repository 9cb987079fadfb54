from typing import List


class Solution:
    def max_subarray(self, nums: List[int]) -> int:
        best = nums[0]
        running = 0
        for x in nums:
            # drop the prefix as soon as it stops helping
            running = max(0, running + x)
            best = max(best, running)
        return best
