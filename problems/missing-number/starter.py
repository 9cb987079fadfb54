def missing_number(nums: list[int]) -> int:
    """Return the one number of 0..len(nums) that does not appear in nums."""
    pass
