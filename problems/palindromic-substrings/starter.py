def count_palindromic_substrings(s: str) -> int:
    """Return how many substrings of s (counted by position) are palindromes."""
    pass
