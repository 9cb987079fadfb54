def length_of_longest_substring(s: str) -> int:
    start = 0
    best = 0
    for end, ch in enumerate(s):
        for j in range(start, end):
            if s[j] == ch:
                start = j + 1
                break
        best = max(best, end - start + 1)
    return best
