from typing import List


def search_rotated(nums: List[int], target: int) -> int:
    """Return the index of target in the rotated increasing list nums, or -1."""
    pass
