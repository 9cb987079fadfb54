def _run_length_from(s, start):
    """Length of the repeat-free run that begins at start."""
    seen = set()
    j = start
    while j < len(s) and s[j] not in seen:
        seen.add(s[j])
        j += 1
    return j - start


def length_of_longest_substring(s):
    best = 0
    for i in range(len(s)):
        best = max(best, _run_length_from(s, i))
    return best
