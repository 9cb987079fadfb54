from typing import List


class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        prev = None
        for x in nums:
            if x == prev:
                return True
            prev = x
        return False
