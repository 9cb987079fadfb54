def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    ordered = sorted(intervals, key=lambda iv: iv[0])
    out = []
    for lo, hi in ordered:
        if out and lo <= out[-1][1]:
            if hi > out[-1][1]:
                out[-1][1] = hi
        else:
            out.append([lo, hi])
    return out
