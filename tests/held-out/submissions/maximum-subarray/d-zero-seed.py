class Solution:
    def maxSubarray(self, nums):
        best = 0
        running = 0
        for x in nums:
            running = max(x, running + x)
            best = max(best, running)
        return best
