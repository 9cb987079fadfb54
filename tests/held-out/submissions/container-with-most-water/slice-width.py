def max_area(heights):
    lo, hi = 0, len(heights) - 1
    answer = 0
    while lo < hi:
        width = len(heights[lo:hi])
        answer = max(answer, width * min(heights[lo], heights[hi]))
        if heights[lo] < heights[hi]:
            lo += 1
        else:
            hi -= 1
    return answer
