def run_length_encode(s):
    if not s:
        return ""
    result = []
    prev = s[0]
    n = 1
    for c in s[1:]:
        if c == prev:
            n += 1
        else:
            result.append(prev + str(n))
            prev = c
            n = 0
    result.append(prev + str(n))
    return "".join(result)
