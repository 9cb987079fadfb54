def reverse_words(s: str) -> str:
    words = []
    s = s.rstrip()
    while s:
        idx = s.rfind(" ")
        word = s[idx + 1:]
        if word:
            words.append(word)
        s = s[:idx].rstrip() if idx != -1 else ""
    return " ".join(words)
