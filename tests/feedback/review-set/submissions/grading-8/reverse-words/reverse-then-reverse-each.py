def reverse_text(text: str) -> str:
    out = ""
    for ch in text:
        out = ch + out
    return out


def reverse_words(s: str) -> str:
    # reverse the whole sentence, then turn each word back around
    words = reverse_text(s).split()
    return " ".join(reverse_text(word) for word in words)
