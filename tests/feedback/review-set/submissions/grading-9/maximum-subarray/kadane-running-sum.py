class Solution:
    def maxSubarray(self, nums):
        best = nums[0]
        running = 0
        for x in nums:
            running += x
            if running < 0:
                running = 0
            best = max(best, running)
        return best
