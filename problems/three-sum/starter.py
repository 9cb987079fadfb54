from typing import List


def three_sum(nums: List[int]) -> List[List[int]]:
    """Return every distinct ascending triplet [a, b, c] of elements of nums with a + b + c == 0."""
    pass
