def is_anagram(s, t):
    if len(s) != len(t):
        return False
    remaining = list(t)
    for c in s:
        if c in remaining:
            remaining.remove(c)
        else:
            return False
    return True
