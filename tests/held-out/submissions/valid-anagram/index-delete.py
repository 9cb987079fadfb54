from typing import List


def is_anagram(s: str, t: str) -> bool:
    pool: List[str] = list(t)
    for ch in s:
        try:
            pos = pool.index(ch)
        except ValueError:
            return False
        del pool[pos]
    return not pool
