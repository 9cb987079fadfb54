from typing import List


def product_except_self(nums: List[int]) -> List[int]:
    n = len(nums)
    out = [1] * n

    running = 1
    for i in range(n):
        out[i] = running
        running *= nums[i]

    running = 1
    for i in range(n - 1, 0, -1):
        out[i] *= running
        running *= nums[i]
    return out
