class Solution:
    def twoSum(self, nums, target):
        left, right = 0, len(nums) - 1
        while left < right:
            pair_sum = nums[left] + nums[right]
            if pair_sum == target:
                return [left, right]
            if pair_sum < target:
                left += 1
            else:
                right -= 1
        return []
