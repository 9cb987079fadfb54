from typing import List


def trap(heights: List[int]) -> int:
    """Return how many units of rain water the columns of these heights hold."""
    pass
