class Solution:
    def productExceptSelf(self, nums):
        n = len(nums)
        out = [1] * n
        # product of everything to the left of i
        for i in range(1, n):
            out[i] = out[i - 1] * nums[i - 1]
        # multiply in the product of everything to the right of i
        right = 1
        for i in range(n - 1, 0, -1):
            out[i] *= right
            right *= nums[i]
        return out
