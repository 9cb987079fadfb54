from math import prod
from typing import List


def product_except_self(nums: List[int]) -> List[int]:
    out = []
    left = 1
    for i, value in enumerate(nums):
        out.append(left * prod(nums[i + 1:]))
        left *= value
    return out
