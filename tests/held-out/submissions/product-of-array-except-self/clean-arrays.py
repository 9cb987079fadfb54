class Solution:
    def productExceptSelf(self, nums):
        size = len(nums)
        left = [1] * size
        right = [1] * size
        for i in range(1, size):
            left[i] = left[i - 1] * nums[i - 1]
        for i in range(size - 2, -1, -1):
            right[i] = right[i + 1] * nums[i + 1]
        return [l * r for l, r in zip(left, right)]
