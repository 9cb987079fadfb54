class Solution:
    def trap(self, heights):
        left, right = 0, len(heights) - 1
        left_wall, right_wall = heights[left], heights[right]
        water = 0
        while left < right:
            if left_wall <= right_wall:
                left += 1
                left_wall = max(left_wall, heights[left])
                water += left_wall - heights[left]
            else:
                right -= 1
                right_wall = max(right_wall, heights[right])
                water += right_wall - heights[right]
        return water
