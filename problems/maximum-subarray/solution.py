from typing import List


def max_subarray(nums: List[int]) -> int:
    """Return the largest sum of a non-empty run of neighbouring elements of nums."""
    best = float("-inf")
    current = 0
    for value in nums:
        current = max(value, current + value)
        best = max(best, current)
    return best
