def is_anagram(s, t):
    if len(s) != len(t):
        return False
    remaining = list(t)
    for ch in s:
        try:
            remaining.remove(ch)
        except ValueError:
            return False
    return not remaining
