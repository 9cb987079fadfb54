class Solution:
    def trap(self, heights):
        water = 0
        for i in range(1, len(heights) - 1):
            left = max(heights[:i + 1])
            right = max(heights[i:])
            water += min(left, right) - heights[i]
        return water
