from typing import List


def product_except_self(nums: List[int]) -> List[int]:
    """Multiply all the other elements again for every index: O(n^2)."""
    out = []
    for i in range(len(nums)):
        product = 1
        for j in range(len(nums)):
            if j != i:
                product *= nums[j]
        out.append(product)
    return out
