def trap(heights):
    """O(n^2): the tallest bars left and right of every column, each found with max() over a fresh slice."""
    return sum(min(max(heights[:i + 1]), max(heights[i:])) - h for i, h in enumerate(heights))
