def reverse_words(s):
    """O(n^2): takes the last word off the string with rstrip and slicing, copying the rest each time."""
    words = []
    s = s.rstrip()
    while s:
        cut = s.rfind(" ")
        words.append(s[cut + 1:])
        s = s[:cut].rstrip() if cut >= 0 else ""
    return " ".join(words)
