def length_of_longest_substring(s: str) -> int:
    """Return the length of the longest run of consecutive characters in s with no repeats."""
    pass
