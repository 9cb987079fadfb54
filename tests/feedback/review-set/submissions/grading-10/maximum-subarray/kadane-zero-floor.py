class Solution:
    def maxSubarray(self, nums: list[int]) -> int:
        best = 0
        current = 0
        for x in nums:
            current = max(x, current + x)
            best = max(best, current)
        return best
