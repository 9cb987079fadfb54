def max_area(heights):
    i, j = 0, len(heights) - 1
    best = 0
    while i < j - 1:
        h = min(heights[i], heights[j])
        best = max(best, h * (j - i))
        # the shorter wall limits the area, so move it inwards
        if heights[i] < heights[j]:
            i += 1
        else:
            j -= 1
    return best
