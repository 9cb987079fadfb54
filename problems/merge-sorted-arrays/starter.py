from typing import List


def merge_sorted(a: List[int], b: List[int]) -> List[int]:
    """Return one non-decreasing list holding every element of the sorted lists a and b."""
    pass
