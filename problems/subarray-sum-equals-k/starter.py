from typing import List


def subarray_sum(nums: List[int], k: int) -> int:
    """Return how many non-empty runs of consecutive elements of nums add up to k."""
    pass
