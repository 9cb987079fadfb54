def is_anagram(s, t):
    """O(n^2): crosses each character of s off t with str.replace(ch, "", 1), which copies t every time."""
    if len(s) != len(t):
        return False
    for ch in s:
        if ch not in t:
            return False
        t = t.replace(ch, "", 1)
    return t == ""
