def max_area(heights):
    """O(n^2): two pointers, but the list itself is shortened by slicing, copying it at each step."""
    best = 0
    while len(heights) >= 2:
        best = max(best, min(heights[0], heights[-1]) * (len(heights) - 1))
        if heights[0] < heights[-1]:
            heights = heights[1:]
        else:
            heights = heights[:-1]
    return best
