def merge_sorted(a, b):
    merged = []
    while a or b:
        if not b or (a and a[-1] > b[-1]):
            merged.insert(0, a.pop())
        else:
            merged.insert(0, b.pop())
    return merged
