def trap(heights):
    """Water is bounded by the tallest column: sweep towards it from both sides."""
    water = 0
    peak = heights.index(max(heights))
    level = 0
    for i in range(peak):
        level = max(level, heights[i])
        water += level - heights[i]
    level = 0
    for i in range(len(heights) - 1, peak, -1):
        level = max(level, heights[i])
        water += level - heights[i]
    return water
