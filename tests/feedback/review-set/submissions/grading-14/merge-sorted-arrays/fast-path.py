from typing import List


def merge_sorted(a: List[int], b: List[int]) -> List[int]:
    if a[-1] <= b[0]:
        return a + b
    if b[-1] <= a[0]:
        return b + a

    merged = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            merged.append(a[i])
            i += 1
        else:
            merged.append(b[j])
            j += 1
    merged.extend(a[i:])
    merged.extend(b[j:])
    return merged
