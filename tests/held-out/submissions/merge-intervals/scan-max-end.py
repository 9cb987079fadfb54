def merge_intervals(intervals):
    merged = []
    for s, e in sorted(intervals):
        furthest = max((b for _, b in merged), default=None)
        if furthest is not None and s <= furthest:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return merged
