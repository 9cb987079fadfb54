def merge_sorted(a: list[int], b: list[int]) -> list[int]:
    a, b = list(a), list(b)
    merged = []
    while a and b:
        if a[0] <= b[0]:
            merged.append(a.pop(0))
        else:
            merged.append(b.pop(0))
    merged.extend(a or b)
    return merged
