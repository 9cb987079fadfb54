from typing import List


def subarray_sum(nums: List[int], k: int) -> int:
    """O(n^2): from every start, keeps a running sum to every end."""
    count = 0
    for start in range(len(nums)):
        total = 0
        for end in range(start, len(nums)):
            total += nums[end]
            if total == k:
                count += 1
    return count
