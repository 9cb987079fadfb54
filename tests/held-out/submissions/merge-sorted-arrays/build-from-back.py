def merge_sorted(a, b):
    i, j = len(a) - 1, len(b) - 1
    merged = []
    while i >= 0 or j >= 0:
        if j < 0 or (i >= 0 and a[i] > b[j]):
            value = a[i]
            i -= 1
        else:
            value = b[j]
            j -= 1
        merged.insert(0, value)
    return merged
