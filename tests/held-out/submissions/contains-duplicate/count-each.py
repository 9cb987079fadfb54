from typing import List


class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        for value in nums:
            if nums.count(value) > 1:
                return True
        return False
