def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    """Merge overlapping or touching [start, end] intervals; return them sorted by start."""
    pass
