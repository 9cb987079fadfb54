class Solution:
    def productExceptSelf(self, nums):
        n = len(nums)
        if 0 in nums:
            return [0] * n

        left = [1] * n
        for i in range(1, n):
            left[i] = left[i - 1] * nums[i - 1]

        right = 1
        for i in range(n - 1, -1, -1):
            left[i] *= right
            right *= nums[i]
        return left
