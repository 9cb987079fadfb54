def merge_sorted(a, b):
    merged = []
    i = j = 0
    while i < len(a) or j < len(b):
        if j == len(b) or (i < len(a) and a[i] <= b[j]):
            pick = a[i]
            i += 1
        else:
            pick = b[j]
            j += 1
        merged = merged + [pick]
    return merged
