from typing import List


def two_sum(nums: List[int], target: int) -> List[int]:
    """O(n^2): tries every pair of positions."""
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return [i, j]
    raise ValueError("no two values add up to target")
