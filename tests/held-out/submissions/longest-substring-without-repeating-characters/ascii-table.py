def length_of_longest_substring(s):
    last = [-1] * 128
    start = best = 0
    for i, ch in enumerate(s):
        code = ord(ch)
        if last[code] >= start:
            start = last[code] + 1
        last[code] = i
        best = max(best, i - start + 1)
    return best
