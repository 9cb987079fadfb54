def max_area(heights):
    best = 0
    for i in range(len(heights)):
        for j in range(i + 1, len(heights)):
            area = min(heights[i], heights[j]) * (j - i)
            if area > best:
                best = area
    return best
