def reverse_words(s: str) -> str:
    """Return the words of s in reverse order, joined by single spaces."""
    pass
