def two_sum(nums: list[int], target: int) -> list[int]:
    """Return the two positions whose values add up to target."""
    pass
