class Solution:
    def maxSubarray(self, nums):
        best = 0
        current = 0
        for x in nums:
            # either extend the run ending here or start fresh at x
            current = max(x, current + x)
            best = max(best, current)
        return best
