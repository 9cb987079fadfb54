from math import prod


def product_except_self(nums):
    result = []
    for i in range(len(nums)):
        before = prod(nums[:i])
        after = prod(nums[i + 1:])
        result.append(before * after)
    return result
