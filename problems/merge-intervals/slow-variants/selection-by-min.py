def merge_intervals(intervals):
    """O(n^2): sorts by hand, taking the smallest remaining interval with min() and list.remove each time."""
    rest = [list(interval) for interval in intervals]
    merged = []
    while rest:
        start, end = smallest = min(rest)
        rest.remove(smallest)
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
