def product_except_self(nums: list[int]) -> list[int]:
    """Return out where out[i] is the product of all elements of nums except nums[i]."""
    pass
