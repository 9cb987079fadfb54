from typing import List


def merge_intervals(intervals: List[List[int]]) -> List[List[int]]:
    merged = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return sorted(merged)
