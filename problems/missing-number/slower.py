from typing import List


def missing_number(nums: List[int]) -> int:
    """Try each candidate with a membership test on the list: O(n^2)."""
    for candidate in range(len(nums) + 1):
        if candidate not in nums:
            return candidate
    return -1
