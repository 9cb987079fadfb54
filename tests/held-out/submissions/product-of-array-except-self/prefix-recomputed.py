import math
from typing import List


def product_except_self(nums: List[int]) -> List[int]:
    n = len(nums)
    suffix = [1] * (n + 1)
    for i in range(n - 1, -1, -1):
        suffix[i] = suffix[i + 1] * nums[i]

    result = []
    for i in range(n):
        left_part = math.prod(nums[:i])
        result.append(left_part * suffix[i + 1])
    return result
