def is_palindrome(s: str) -> bool:
    """O(n^2): peels the outer pair off by slicing, which copies the rest of the string each time."""
    kept = "".join(ch.lower() for ch in s if ch.isalnum())
    while len(kept) > 1:
        if kept[0] != kept[-1]:
            return False
        kept = kept[1:-1]
    return True
