def reverse_words(s: str) -> str:
    # split() with no argument already drops empty pieces
    words = s.split()
    return " ".join(words[::-1])
