from typing import List


def binary_search(nums: List[int], target: int) -> int:
    """Linear scan: correct, but O(n) instead of O(log n)."""
    for i, value in enumerate(nums):
        if value == target:
            return i
    return -1
