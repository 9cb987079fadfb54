from itertools import accumulate


def max_subarray(nums):
    """O(n^2): prefix sums, but the smallest earlier prefix is found with min() over a fresh slice."""
    prefix = [0] + list(accumulate(nums))
    best = nums[0]
    for j in range(1, len(prefix)):
        best = max(best, prefix[j] - min(prefix[:j]))
    return best
