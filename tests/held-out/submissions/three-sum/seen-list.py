from typing import List


class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        nums = sorted(nums)
        triplets = set()
        for i in range(len(nums)):
            seen = []
            for j in range(i + 1, len(nums)):
                need = -nums[i] - nums[j]
                if need in seen:
                    triplets.add((nums[i], need, nums[j]))
                seen.append(nums[j])
        return [list(t) for t in triplets]
