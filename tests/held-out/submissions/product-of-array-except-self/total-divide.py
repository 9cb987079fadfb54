from typing import List


def product_except_self(nums: List[int]) -> List[int]:
    total = 1
    for x in nums:
        total *= x
    # every answer is just the whole product without that element
    return [total // x for x in nums]
