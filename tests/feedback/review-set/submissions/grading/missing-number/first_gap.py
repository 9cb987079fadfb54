class Solution:
    def missingNumber(self, nums):
        for i, value in enumerate(nums):
            if value != i:
                return i
        return len(nums)
