from typing import List


def remove_duplicates(nums: List[int]) -> List[int]:
    """Return the distinct values of the sorted list nums, each once, in order."""
    pass
