class Solution:
    def twoSum(self, nums, target):
        n = len(nums)
        for i in range(n):
            later = {nums[j]: j for j in range(i + 1, n)}
            if target - nums[i] in later:
                return [i, later[target - nums[i]]]
        return []
