class Solution:
    def trap(self, heights):
        left, right = 0, len(heights) - 2
        best_left = best_right = 0
        stored = 0
        while left < right:
            if heights[left] < heights[right]:
                best_left = max(best_left, heights[left])
                stored += best_left - heights[left]
                left += 1
            else:
                best_right = max(best_right, heights[right])
                stored += best_right - heights[right]
                right -= 1
        return stored
