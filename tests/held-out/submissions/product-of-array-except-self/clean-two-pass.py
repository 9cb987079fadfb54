from typing import List


def product_except_self(nums: List[int]) -> List[int]:
    n = len(nums)
    res = [1] * n
    # res[i] first holds the product of everything to the left of i
    for i in range(1, n):
        res[i] = res[i - 1] * nums[i - 1]
    # then multiply in the product of everything to the right
    right = 1
    for i in reversed(range(n)):
        res[i] *= right
        right *= nums[i]
    return res
