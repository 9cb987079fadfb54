class Solution:
    def trap(self, heights):
        n = len(heights)
        if n == 0:
            return 0
        left = [0] * n
        right = [0] * n
        best = 0
        for i in range(n):
            best = max(best, heights[i])
            left[i] = best
        best = 0
        for i in range(n - 1, -1, -1):
            best = max(best, heights[i])
            right[i] = best
        return sum(min(left[i], right[i]) - heights[i] for i in range(n))
