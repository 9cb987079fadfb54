from typing import List


def is_palindrome(s: str) -> bool:
    letters: List[str] = [c.lower() for c in s if c.isalnum()]
    while len(letters) > 1:
        first = letters.pop(0)
        last = letters.pop()
        if first != last:
            return False
    return True
