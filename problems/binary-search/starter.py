from typing import List


def binary_search(nums: List[int], target: int) -> int:
    """Return the index of target in the strictly increasing list nums, or -1."""
    pass
