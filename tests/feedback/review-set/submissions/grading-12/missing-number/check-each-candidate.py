from typing import List


def missing_number(nums: List[int]) -> int:
    n = len(nums)
    for candidate in range(n):
        if candidate not in nums:
            return candidate
    return n
