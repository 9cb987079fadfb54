def merge_intervals(intervals):
    """O(n^2): the result grows by `merged = merged + [...]`, which copies it for every new interval."""
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged = merged + [[start, end]]
    return merged
