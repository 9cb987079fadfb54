from typing import List


def move_zeroes(nums: List[int]) -> List[int]:
    """Move every 0 to the end of nums, keeping the order of the other values."""
    pass
