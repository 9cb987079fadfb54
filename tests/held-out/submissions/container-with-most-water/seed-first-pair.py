class Solution:
    def maxArea(self, heights):
        if not heights:
            return 0
        best = min(heights[0], heights[1])
        lo, hi = 0, len(heights) - 1
        while lo < hi:
            best = max(best, (hi - lo) * min(heights[lo], heights[hi]))
            if heights[lo] < heights[hi]:
                lo += 1
            else:
                hi -= 1
        return best
