def run_length_encode(s):
    encoded = []
    i = 0
    while i < len(s):
        ch = s[i]
        run = s.count(ch)
        encoded.append(ch + str(run))
        i += run
    return "".join(encoded)
