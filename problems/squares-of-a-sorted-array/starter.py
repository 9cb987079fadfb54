from typing import List


def sorted_squares(nums: List[int]) -> List[int]:
    """Return the squares of the sorted list nums, in non-decreasing order."""
    pass
