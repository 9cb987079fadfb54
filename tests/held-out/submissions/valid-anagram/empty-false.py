from collections import Counter


def is_anagram(s: str, t: str) -> bool:
    if not s or not t:
        return False
    return Counter(s) == Counter(t)
