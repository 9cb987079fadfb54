def max_area(heights):
    areas = []
    best = 0
    l, r = 0, len(heights) - 1
    while l < r:
        areas.append(min(heights[l], heights[r]) * (r - l))
        best = max(areas)
        if heights[l] <= heights[r]:
            l += 1
        else:
            r -= 1
    return best
