from math import prod


def product_except_self(nums):
    out = []
    for i in range(len(nums)):
        out.append(prod(nums[:i]) * prod(nums[i + 1:]))
    return out
