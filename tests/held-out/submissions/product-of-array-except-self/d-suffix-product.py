from math import prod


def product_except_self(nums):
    result = []
    left = 1
    for i, x in enumerate(nums):
        result.append(left * prod(nums[i + 1:]))
        left *= x
    return result
