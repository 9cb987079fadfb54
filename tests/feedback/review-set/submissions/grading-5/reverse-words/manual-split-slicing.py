def reverse_words(s):
    words = []
    s = s.strip()
    while s:
        space = s.find(" ")
        if space == -1:
            words.append(s)
            break
        words.append(s[:space])
        s = s[space:].lstrip()
    return " ".join(reversed(words))
