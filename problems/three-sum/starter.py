def three_sum(nums: list[int]) -> list[list[int]]:
    """Return every distinct ascending triplet [a, b, c] of elements of nums with a + b + c == 0."""
    pass
