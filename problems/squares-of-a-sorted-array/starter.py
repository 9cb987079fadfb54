def sorted_squares(nums: list[int]) -> list[int]:
    """Return the squares of the sorted list nums, in non-decreasing order."""
    pass
