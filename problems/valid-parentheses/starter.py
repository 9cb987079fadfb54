def is_valid_parentheses(s: str) -> bool:
    """Return True if every bracket in s is closed by the right kind, in the right order."""
    pass
