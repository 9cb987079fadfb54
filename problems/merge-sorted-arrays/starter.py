def merge_sorted(a: list[int], b: list[int]) -> list[int]:
    """Return one non-decreasing list holding every element of the sorted lists a and b."""
    pass
