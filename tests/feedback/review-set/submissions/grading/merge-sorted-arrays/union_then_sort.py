def merge_sorted(a, b):
    if not a or not b:
        return a or b
    # collect the values of both lists, then sort once
    combined = set(a) | set(b)
    return sorted(combined)
