def is_anagram(s: str, t: str) -> bool:
    if len(s) != len(t):
        return False
    # same multiset of characters <=> same sorted sequence
    return sorted(s) == sorted(t)
