def max_area(heights):
    left, right = 0, len(heights) - 1
    best = min(heights[left], heights[right]) * (right - left)
    while left < right:
        if heights[left] < heights[right]:
            left += 1
        else:
            right -= 1
        best = max(best, min(heights[left], heights[right]) * (right - left))
    return best
