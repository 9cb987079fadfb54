from math import prod


def product_except_self(nums):
    out = []
    before = 1
    for i, x in enumerate(nums):
        out.append(before * prod(nums[i + 1:]))
        before *= x
    return out
