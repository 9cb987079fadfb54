from typing import List


def missing_number(nums: List[int]) -> int:
    """Return the one number of 0..len(nums) that does not appear in nums."""
    n = len(nums)
    return n * (n + 1) // 2 - sum(nums)
