def merge_sorted(a, b):
    """O(n^2): two-way merge whose result grows by `merged = merged + [x]`, a full copy per value."""
    merged = []
    i = j = 0
    while i < len(a) or j < len(b):
        if j == len(b) or (i < len(a) and a[i] <= b[j]):
            merged = merged + [a[i]]
            i += 1
        else:
            merged = merged + [b[j]]
            j += 1
    return merged
