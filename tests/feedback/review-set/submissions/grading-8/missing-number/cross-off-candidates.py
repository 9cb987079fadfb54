from typing import List


class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        # every value 0..n is a candidate until we see it
        candidates = list(range(len(nums) + 1))
        for x in nums:
            candidates.remove(x)
        return candidates[0]
