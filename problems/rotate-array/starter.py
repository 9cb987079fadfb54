from typing import List


def rotate(nums: List[int], k: int) -> List[int]:
    """Rotate nums to the right by k steps (k may exceed len(nums))."""
    pass
