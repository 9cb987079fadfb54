def run_length_encode(s):
    pieces = []
    i = 0
    while i < len(s):
        rest = s[i:]
        run = len(rest) - len(rest.lstrip(s[i]))
        pieces.append(f"{s[i]}{run}")
        i += run
    return "".join(pieces)
