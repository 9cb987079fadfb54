from typing import List


def merge_sorted(a: List[int], b: List[int]) -> List[int]:
    """Insert each element of b at its place, found by a scan from the front: O(n^2)."""
    merged = list(a)
    for value in b:
        pos = 0
        while pos < len(merged) and merged[pos] <= value:
            pos += 1
        merged.insert(pos, value)
    return merged
