def merge_sorted(a, b):
    """O(n^2): two-way merge that takes the smaller head with list.pop(0), shifting that list each time."""
    merged = []
    while a and b:
        merged.append(a.pop(0) if a[0] <= b[0] else b.pop(0))
    return merged + a + b
