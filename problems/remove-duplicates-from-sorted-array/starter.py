def remove_duplicates(nums: list[int]) -> list[int]:
    """Return the distinct values of the sorted list nums, each once, in order."""
    pass
