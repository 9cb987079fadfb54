def run_length_encode(s: str) -> str:
    """O(n^2): measures each run on a fresh copy of the rest of the string."""
    parts = []
    i = 0
    while i < len(s):
        ch = s[i]
        run = len(s[i:]) - len(s[i:].lstrip(ch))
        parts.append(f"{ch}{run}")
        i += run
    return "".join(parts)
