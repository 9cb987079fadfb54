from typing import List


class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        kept = [x for x in nums if x > 0]
        nums[:] = kept + [0] * (len(nums) - len(kept))
