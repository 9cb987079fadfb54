from math import prod
from typing import List


def product_except_self(nums: List[int]) -> List[int]:
    return [prod(nums[:i]) * prod(nums[i + 1:]) for i in range(len(nums))]
