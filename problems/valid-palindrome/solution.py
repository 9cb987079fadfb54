def is_palindrome(s: str) -> bool:
    """Return True if s reads the same both ways, counting only letters and digits, case ignored."""
    kept = "".join(filter(str.isalnum, s)).lower()
    return kept == kept[::-1]
