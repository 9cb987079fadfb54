from typing import List


def two_sum(nums: List[int], target: int) -> List[int]:
    """Return the two positions whose values add up to target."""
    pass
