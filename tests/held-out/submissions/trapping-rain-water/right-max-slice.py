def trap(heights):
    result = 0
    tallest_left = 0
    for i, h in enumerate(heights):
        tallest_left = max(tallest_left, h)
        tallest_right = max(heights[i:])
        result += min(tallest_left, tallest_right) - h
    return result
