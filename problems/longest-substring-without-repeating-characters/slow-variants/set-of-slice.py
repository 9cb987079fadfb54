def length_of_longest_substring(s):
    """O(n * answer): tries to beat the best length from every start by building a set of the next slice."""
    best = 0
    for start in range(len(s)):
        while start + best < len(s) and len(set(s[start:start + best + 1])) == best + 1:
            best += 1
    return best
