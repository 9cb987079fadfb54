class Solution:
    def missingNumber(self, nums):
        top = max(nums)
        expected = top * (top + 1) // 2
        return expected - sum(nums)
