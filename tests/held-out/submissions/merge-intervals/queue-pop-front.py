def merge_intervals(intervals):
    queue = sorted(intervals)
    merged = []
    while queue:
        start, end = queue.pop(0)
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
