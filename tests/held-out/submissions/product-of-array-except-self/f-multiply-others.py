class Solution:
    def productExceptSelf(self, nums):
        n = len(nums)
        result = [1] * n
        for i in range(n):
            for j in range(n):
                if j != i:
                    result[i] *= nums[j]
        return result
