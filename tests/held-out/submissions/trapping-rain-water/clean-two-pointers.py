from typing import List


def trap(heights: List[int]) -> int:
    lo, hi = 0, len(heights) - 1
    max_lo = max_hi = 0
    water = 0
    while lo < hi:
        # the lower side is bounded by its own best wall
        if heights[lo] < heights[hi]:
            max_lo = max(max_lo, heights[lo])
            water += max_lo - heights[lo]
            lo += 1
        else:
            max_hi = max(max_hi, heights[hi])
            water += max_hi - heights[hi]
            hi -= 1
    return water
