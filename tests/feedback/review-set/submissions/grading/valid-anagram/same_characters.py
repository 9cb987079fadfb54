def is_anagram(s, t):
    if len(s) != len(t):
        return False
    # same length and the same characters -> anagram
    return set(s) == set(t)
