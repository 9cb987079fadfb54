def is_anagram(s, t):
    """O(n^2): str.count over both strings for every character of s."""
    if len(s) != len(t):
        return False
    return all(s.count(ch) == t.count(ch) for ch in s)
