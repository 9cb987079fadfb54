from itertools import accumulate


def subarray_sum(nums, k):
    """O(n^2): the running sums from every start by itertools.accumulate, counted with list.count."""
    return sum(list(accumulate(nums[start:])).count(k) for start in range(len(nums)))
