def trap(heights):
    total = 0
    n = len(heights)
    for i in range(n):
        left = right = heights[i]
        for j in range(i):
            left = max(left, heights[j])
        for j in range(i + 1, n):
            right = max(right, heights[j])
        total += min(left, right) - heights[i]
    return total
