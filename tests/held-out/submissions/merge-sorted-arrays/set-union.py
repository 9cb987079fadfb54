def merge_sorted(a, b):
    # union of both lists, back in order
    return sorted(set(a) | set(b))
