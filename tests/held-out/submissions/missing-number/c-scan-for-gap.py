class Solution:
    def missingNumber(self, nums: list[int]) -> int:
        for i, num in enumerate(nums):
            if num != i:
                return i
        return len(nums)
