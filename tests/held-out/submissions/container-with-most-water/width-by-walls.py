def max_area(heights):
    i, j = 0, len(heights) - 1
    most = 0
    while i < j:
        width = j - i + 1
        most = max(most, width * min(heights[i], heights[j]))
        if heights[i] < heights[j]:
            i += 1
        else:
            j -= 1
    return most
