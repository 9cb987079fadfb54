def trap(heights):
    water = 0
    for i in range(1, len(heights) - 1):
        level = min(max(heights[:i]), max(heights[i + 1:]))
        if level > heights[i]:
            water += level - heights[i]
    return water
