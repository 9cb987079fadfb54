def trap(heights):
    """O(n^2): a running maximum on the left, but the right maximum is max() over the rest for every column."""
    water = 0
    left_max = 0
    for i, h in enumerate(heights):
        left_max = max(left_max, h)
        water += min(left_max, max(heights[i:])) - h
    return water
