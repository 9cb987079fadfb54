def trap(heights):
    water = 0
    for i in range(1, len(heights) - 1):
        left_wall = max(heights[:i])
        right_wall = max(heights[i + 1:])
        level = min(left_wall, right_wall)
        if level > heights[i]:
            water += level - heights[i]
    return water
