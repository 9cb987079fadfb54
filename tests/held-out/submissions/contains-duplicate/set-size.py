from typing import List


class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        # a set drops repeats, so it is smaller exactly when something repeats
        return len(set(nums)) < len(nums)
