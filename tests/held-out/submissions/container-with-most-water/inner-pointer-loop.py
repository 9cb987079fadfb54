def max_area(heights):
    left, right = 0, len(heights) - 1
    area = 0
    while left < right - 1:
        area = max(area, (right - left) * min(heights[left], heights[right]))
        if heights[left] <= heights[right]:
            left += 1
        else:
            right -= 1
    return area
