def run_length_encode(s: str) -> str:
    """O(n^2): cuts each run off the front of the string, copying the rest of it every time."""
    parts = []
    while s:
        ch = s[0]
        rest = s.lstrip(ch)
        parts.append(f"{ch}{len(s) - len(rest)}")
        s = rest
    return "".join(parts)
