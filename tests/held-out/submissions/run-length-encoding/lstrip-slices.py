def run_length_encode(s: str) -> str:
    encoded = []
    i = 0
    while i < len(s):
        ch = s[i]
        rest = s[i:]
        length = len(rest) - len(rest.lstrip(ch))
        encoded.append(f"{ch}{length}")
        i += length
    return "".join(encoded)
