def merge_sorted(a: list[int], b: list[int]) -> list[int]:
    """Insert each element of b at its place, found by a scan from the front: O(n^2)."""
    merged = list(a)
    for value in b:
        pos = 0
        while pos < len(merged) and merged[pos] <= value:
            pos += 1
        merged.insert(pos, value)
    return merged
