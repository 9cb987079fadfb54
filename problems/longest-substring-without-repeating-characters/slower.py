def length_of_longest_substring(s: str) -> int:
    """O(n^2): from every start, extends a fresh window until a character repeats."""
    best = 0
    for start in range(len(s)):
        seen = set()
        for ch in s[start:]:
            if ch in seen:
                break
            seen.add(ch)
        best = max(best, len(seen))
    return best
