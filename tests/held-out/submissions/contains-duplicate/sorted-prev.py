class Solution:
    def containsDuplicate(self, nums):
        nums = sorted(nums)
        prev = nums[0]
        for cur in nums[1:]:
            if cur == prev:
                return True
            prev = cur
        return False
