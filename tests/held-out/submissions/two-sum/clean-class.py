class Solution:
    def twoSum(self, nums, target):
        seen = {}  # value -> index
        for idx, num in enumerate(nums):
            other = seen.get(target - num)
            if other is not None:
                return [other, idx]
            seen[num] = idx
