def trap(heights):
    water = 0
    for i in range(1, len(heights) - 1):
        left = max(heights[:i])
        right = max(heights[i + 1:])
        level = min(left, right)
        if level > heights[i]:
            water += level - heights[i]
    return water
