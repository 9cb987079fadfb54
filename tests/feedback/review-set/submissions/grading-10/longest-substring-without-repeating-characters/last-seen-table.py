def length_of_longest_substring(s: str) -> int:
    last = [-1] * 26
    start = 0
    best = 0
    for i, ch in enumerate(s):
        idx = ord(ch) - ord("a")
        if last[idx] >= start:
            start = last[idx] + 1
        last[idx] = i
        best = max(best, i - start + 1)
    return best
