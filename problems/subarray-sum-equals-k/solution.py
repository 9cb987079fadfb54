from typing import List


def subarray_sum(nums: List[int], k: int) -> int:
    """Return how many non-empty runs of consecutive elements of nums add up to k."""
    # A run ending here sums to k exactly when an earlier prefix sum equals total - k.
    prefix_count = {0: 1}  # prefix sum -> how many prefixes (the empty one included) have it
    total = 0
    count = 0
    for value in nums:
        total += value
        count += prefix_count.get(total - k, 0)
        prefix_count[total] = prefix_count.get(total, 0) + 1
    return count
