from typing import List


def max_subarray(nums: List[int]) -> int:
    """Return the largest sum of a non-empty run of neighbouring elements of nums."""
    pass
