class Solution:
    def trap(self, heights):
        peak = heights.index(max(heights))
        water = 0
        level = 0
        for h in heights[:peak]:
            level = max(level, h)
            water += level - h
        level = 0
        for h in reversed(heights[peak + 1:]):
            level = max(level, h)
            water += level - h
        return water
