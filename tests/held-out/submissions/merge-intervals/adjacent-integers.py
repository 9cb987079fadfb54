def merge_intervals(intervals):
    merged = []
    for lo, hi in sorted(intervals):
        # [1, 2] and [3, 4] cover 1..4 without a gap
        if merged and lo <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    return merged
