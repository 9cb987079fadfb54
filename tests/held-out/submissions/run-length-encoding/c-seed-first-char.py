def run_length_encode(s):
    parts = []
    prev, count = s[0], 0
    for ch in s:
        if ch == prev:
            count += 1
        else:
            parts.append(prev + str(count))
            prev, count = ch, 1
    parts.append(prev + str(count))
    return "".join(parts)
