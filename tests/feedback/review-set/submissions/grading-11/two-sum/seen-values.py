from typing import List


class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = set()
        for num in nums:
            complement = target - num
            if complement in seen:
                return [nums.index(complement), nums.index(num)]
            seen.add(num)
        return []
