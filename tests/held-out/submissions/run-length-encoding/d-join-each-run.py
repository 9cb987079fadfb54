def run_length_encode(s):
    pieces = []
    encoded = ""
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        pieces.append(s[i] + str(j - i))
        encoded = "".join(pieces)
        i = j
    return encoded
