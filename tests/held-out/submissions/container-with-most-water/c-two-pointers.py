def max_area(heights):
    i, j = 0, len(heights) - 1
    water = 0
    while i < j:
        h = min(heights[i], heights[j])
        water = max(water, h * (j - i))
        if heights[i] <= heights[j]:
            i += 1
        else:
            j -= 1
    return water
