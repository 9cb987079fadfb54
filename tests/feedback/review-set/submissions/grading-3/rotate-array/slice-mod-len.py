from typing import List


class Solution:
    def rotate(self, nums: List[int], k: int) -> None:
        # rotating by len(nums) is a no-op, so only k mod n matters
        k %= len(nums)
        nums[:] = nums[-k:] + nums[:-k]
