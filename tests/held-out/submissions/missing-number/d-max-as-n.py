class Solution:
    def missingNumber(self, nums: list[int]) -> int:
        n = max(nums)
        expected = n * (n + 1) // 2
        return expected - sum(nums)
