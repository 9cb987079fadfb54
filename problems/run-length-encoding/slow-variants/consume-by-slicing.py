def run_length_encode(s):
    """O(n^2): removes each run from the front of the string with a slice, copying the rest each time."""
    parts = []
    while s:
        ch = s[0]
        rest = s.lstrip(ch)
        parts.append(ch + str(len(s) - len(rest)))
        s = rest
    return "".join(parts)
