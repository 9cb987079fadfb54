from typing import List


def merge_intervals(intervals: List[List[int]]) -> List[List[int]]:
    """Fold each interval into every merged interval it meets, without sorting first: O(n^2)."""
    merged = []
    for start, end in intervals:
        kept = []
        for other in merged:
            if other[0] <= end and start <= other[1]:
                start, end = min(start, other[0]), max(end, other[1])
            else:
                kept.append(other)
        kept.append([start, end])
        merged = kept
    return sorted(merged)
