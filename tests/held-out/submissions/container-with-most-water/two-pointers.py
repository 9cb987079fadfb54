def max_area(heights):
    i, j = 0, len(heights) - 1
    best = 0
    while i < j:
        h = min(heights[i], heights[j])
        best = max(best, h * (j - i))
        # the shorter wall can never do better with a narrower partner
        if heights[i] < heights[j]:
            i += 1
        else:
            j -= 1
    return best
