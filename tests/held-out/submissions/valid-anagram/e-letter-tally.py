def is_anagram(s: str, t: str) -> bool:
    """Return True if s and t use the same characters the same number of times."""
    if len(s) != len(t):
        return False
    tally = [0] * 26
    for ch in s:
        tally[ord(ch) - ord("a")] += 1
    for ch in t:
        tally[ord(ch) - ord("a")] -= 1
    return not any(tally)
