def rotate(nums: list[int], k: int) -> list[int]:
    """Rotate nums to the right by k steps (k may exceed len(nums))."""
    pass
