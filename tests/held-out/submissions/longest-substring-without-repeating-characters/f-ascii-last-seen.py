def length_of_longest_substring(s):
    last = [-1] * 128
    start = best = 0
    for i, ch in enumerate(s):
        if last[ord(ch)] >= start:
            start = last[ord(ch)] + 1
        last[ord(ch)] = i
        best = max(best, i - start + 1)
    return best
