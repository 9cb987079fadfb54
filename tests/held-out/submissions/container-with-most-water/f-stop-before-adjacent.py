def max_area(heights):
    left, right = 0, len(heights) - 1
    best = 0
    while left < right - 1:
        h = min(heights[left], heights[right])
        best = max(best, h * (right - left))
        if heights[left] <= heights[right]:
            left += 1
        else:
            right -= 1
    return best
