def trap(heights):
    water = 0
    # the ends can never hold water
    for i in range(1, len(heights) - 1):
        left = max(heights[:i + 1])
        right = max(heights[i:])
        water += min(left, right) - heights[i]
    return water
