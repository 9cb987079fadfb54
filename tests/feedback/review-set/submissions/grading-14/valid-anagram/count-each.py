def is_anagram(s: str, t: str) -> bool:
    if len(s) != len(t):
        return False
    return all(s.count(ch) == t.count(ch) for ch in s)
