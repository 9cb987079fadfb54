def max_subarray(nums: list[int]) -> int:
    """Return the largest sum of a non-empty run of neighbouring elements of nums."""
    pass
