class Solution:
    def missingNumber(self, nums):
        n = len(nums)
        if n == 0:
            return 0
        for candidate in range(n + 1):
            if candidate not in nums:
                return candidate
        return n
