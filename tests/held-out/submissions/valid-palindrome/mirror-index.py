from typing import List


def is_palindrome(s: str) -> bool:
    kept: List[str] = [ch.lower() for ch in s if ch.isalnum()]
    for i in range(len(kept) // 2):
        if kept[i] != kept[len(kept) - i]:
            return False
    return True
