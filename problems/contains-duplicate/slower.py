from typing import List


def contains_duplicate(nums: List[int]) -> bool:
    """O(n^2): remembers the values seen so far in a list, so every lookup scans it."""
    seen = []
    for value in nums:
        if value in seen:
            return True
        seen.append(value)
    return False
