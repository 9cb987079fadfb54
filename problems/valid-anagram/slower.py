def is_anagram(s: str, t: str) -> bool:
    """O(n^2): crosses each character of s off a list of t's characters with list.remove."""
    if len(s) != len(t):
        return False
    remaining = list(t)
    for ch in s:
        try:
            remaining.remove(ch)
        except ValueError:
            return False
    return True
