from itertools import accumulate


def max_subarray(nums):
    """O(n^2): the running sums from every start, each computed by itertools.accumulate (in C)."""
    return max(max(accumulate(nums[start:])) for start in range(len(nums)))
