from typing import List


def merge_sorted(a: List[int], b: List[int]) -> List[int]:
    left, right = list(a), list(b)
    merged = []
    while left and right:
        source = left if left[0] <= right[0] else right
        merged.append(source.pop(0))
    return merged + left + right
