from typing import List


def two_sum(nums: List[int], target: int) -> List[int]:
    """Return the two positions whose values add up to target."""
    position_of = {}  # value -> a position where it was seen
    for i, value in enumerate(nums):
        j = position_of.get(target - value)
        if j is not None:
            return [j, i]
        position_of[value] = i
    raise ValueError("no two values add up to target")
