def max_area(heights):
    n = len(heights)
    best = 0
    for i in range(n):
        for j in range(i + 1, n):
            area = min(heights[i], heights[j]) * (j - i)
            if area > best:
                best = area
    return best
