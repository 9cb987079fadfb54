from collections import Counter


def is_anagram(s: str, t: str) -> bool:
    """Return True if t uses exactly the same characters as s, with the same counts."""
    return len(s) == len(t) and Counter(s) == Counter(t)
