from functools import reduce
from operator import mul


def product_except_self(nums):
    """O(n^2): functools.reduce with operator.mul over all the other elements, for every index."""
    return [reduce(mul, nums[:i] + nums[i + 1:], 1) for i in range(len(nums))]
