def run_length_encode(s: str) -> str:
    raw = s.encode()
    parts = []
    i = 0
    while i < len(raw):
        j = i
        while j < len(raw) and raw[j] == raw[i]:
            j += 1
        parts.append(chr(raw[i]) + str(j - i))
        i = j
    return "".join(parts)
