def min_window(s: str, t: str) -> str:
    """Return the shortest substring of s containing every character of t, counts included."""
    pass
