def length_of_longest_substring(s: str) -> int:
    """Return the length of the longest run of consecutive characters in s with no repeats."""
    last_seen = {}  # character -> index of its latest occurrence
    start = 0  # the window s[start:i + 1] never holds a character twice
    best = 0
    for i, ch in enumerate(s):
        if last_seen.get(ch, -1) >= start:
            start = last_seen[ch] + 1
        last_seen[ch] = i
        best = max(best, i - start + 1)
    return best
