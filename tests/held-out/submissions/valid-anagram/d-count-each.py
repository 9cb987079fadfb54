def is_anagram(s: str, t: str) -> bool:
    if len(s) != len(t):
        return False
    mismatched = False
    for ch in s + t:
        if s.count(ch) != t.count(ch):
            mismatched = True
    return not mismatched
