from typing import List


def product_except_self(nums: List[int]) -> List[int]:
    """Return out where out[i] is the product of all elements of nums except nums[i]."""
    pass
