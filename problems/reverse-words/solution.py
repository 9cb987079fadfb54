def reverse_words(s: str) -> str:
    """Return the words of s in reverse order, joined by single spaces."""
    # With no argument, split() drops empty pieces, so runs of spaces and spaces at either
    # end vanish; the only whitespace the statement allows is the space itself.
    return " ".join(reversed(s.split()))
