def reverse_words(s):
    chars = list(s)
    words = []
    current = []
    while chars:
        c = chars.pop(0)
        if c == " ":
            if current:
                words.append("".join(current))
                current = []
        else:
            current.append(c)
    if current:
        words.append("".join(current))
    words.reverse()
    return " ".join(words)
