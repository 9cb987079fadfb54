def merge_intervals(intervals):
    intervals = sorted(intervals, key=lambda p: p[0])
    result = [intervals[0][:]]
    for start, end in intervals[1:]:
        last = result[-1]
        if start <= last[1]:
            last[1] = max(last[1], end)
        else:
            result.append([start, end])
    return result
