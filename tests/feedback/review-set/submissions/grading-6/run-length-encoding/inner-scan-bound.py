def run_length_encode(s: str) -> str:
    pieces = []
    i = 0
    n = len(s)
    while i < n:
        j = i + 1
        while j < n - 1 and s[j] == s[i]:
            j += 1
        pieces.append(s[i] + str(j - i))
        i = j
    return "".join(pieces)
