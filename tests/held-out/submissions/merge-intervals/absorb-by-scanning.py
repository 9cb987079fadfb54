def merge_intervals(intervals):
    result = []
    for iv in intervals:
        cur = list(iv)
        # absorb every collected interval that meets cur
        i = 0
        while i < len(result):
            if result[i][0] <= cur[1] and cur[0] <= result[i][1]:
                other = result.pop(i)
                cur = [min(cur[0], other[0]), max(cur[1], other[1])]
            else:
                i += 1
        result.append(cur)
    return sorted(result)
