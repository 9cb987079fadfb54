from typing import List


def remove_duplicates(nums: List[int]) -> List[int]:
    """Keep a value unless the list of kept values already contains it: O(n^2)."""
    kept = []
    for value in nums:
        if value not in kept:
            kept.append(value)
    return kept
