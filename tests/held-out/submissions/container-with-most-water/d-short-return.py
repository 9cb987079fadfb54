def max_area(heights):
    if len(heights) < 3:
        return 0
    i, j = 0, len(heights) - 1
    best = 0
    while i < j:
        best = max(best, min(heights[i], heights[j]) * (j - i))
        if heights[i] < heights[j]:
            i += 1
        else:
            j -= 1
    return best
