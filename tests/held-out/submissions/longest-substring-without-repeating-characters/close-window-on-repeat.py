def length_of_longest_substring(s):
    pos = {}
    start = 0
    best = 0
    for i, ch in enumerate(s):
        if ch in pos and pos[ch] >= start:
            best = max(best, i - start)
            start = pos[ch] + 1
        pos[ch] = i
    return best
