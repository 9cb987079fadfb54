def move_zeroes(nums: list[int]) -> list[int]:
    """Move every 0 to the end of nums, keeping the order of the other values."""
    pass
