from typing import List


def contains_duplicate(nums: List[int]) -> bool:
    """Return True if some value appears in nums more than once."""
    pass
