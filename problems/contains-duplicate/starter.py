def contains_duplicate(nums: list[int]) -> bool:
    """Return True if some value appears in nums more than once."""
    pass
