def is_palindrome(s: str) -> bool:
    cleaned = "".join(ch.lower() for ch in s if ch.isalnum())

    while len(cleaned) > 1:
        if cleaned[0] != cleaned[-1]:
            return False
        cleaned = cleaned[1:-1]

    return True
