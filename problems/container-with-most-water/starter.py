from typing import List


def max_area(heights: List[int]) -> int:
    """Return the most water two walls can hold: max of min(h[i], h[j]) * (j - i)."""
    pass
