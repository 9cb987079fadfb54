def run_length_encode(s: str) -> str:
    pieces = []
    rest = s
    while rest:
        ch = rest[0]
        stripped = rest.lstrip(ch)
        pieces.append(ch + str(len(rest) - len(stripped)))
        rest = stripped
    return "".join(pieces)
