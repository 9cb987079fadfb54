from typing import List


class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        if not nums:
            return 0
        nums = sorted(nums)
        best = streak = 1
        for a, b in zip(nums, nums[1:]):
            if b == a + 1:
                streak += 1
            else:
                streak = 1
            best = max(best, streak)
        return best
