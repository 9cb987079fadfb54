def merge_sorted(a, b):
    result = list(a)
    for x in b:
        pos = 0
        while pos < len(result) and result[pos] <= x:
            pos += 1
        result.insert(pos, x)
    return result
