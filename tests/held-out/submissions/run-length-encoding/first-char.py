def run_length_encode(s: str) -> str:
    pieces = []
    current = s[0]
    count = 0
    for ch in s:
        if ch == current:
            count += 1
        else:
            pieces.append(current + str(count))
            current = ch
            count = 1
    pieces.append(current + str(count))
    return "".join(pieces)
