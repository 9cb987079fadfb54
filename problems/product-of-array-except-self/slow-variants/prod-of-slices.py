from math import prod


def product_except_self(nums):
    """O(n^2): math.prod (in C) over the slices before and after every index."""
    return [prod(nums[:i]) * prod(nums[i + 1:]) for i in range(len(nums))]
