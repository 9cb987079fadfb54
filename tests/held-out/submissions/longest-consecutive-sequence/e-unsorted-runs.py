from typing import List


class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        if not nums:
            return 0
        best = current = 1
        for prev, cur in zip(nums, nums[1:]):
            if cur == prev:
                continue
            if cur == prev + 1:
                current += 1
            else:
                current = 1
            best = max(best, current)
        return best
