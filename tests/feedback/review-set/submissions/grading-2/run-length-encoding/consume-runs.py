def run_length_encode(s: str) -> str:
    parts = []
    rest = s
    while rest:
        ch = rest[0]
        run = 1
        while run < len(rest) and rest[run] == ch:
            run += 1
        parts.append(f"{ch}{run}")
        rest = rest[run:]  # drop the run we just encoded
    return "".join(parts)
