def reverse_words(s: str) -> str:
    """O(n^2): inserts each word at the front of a list, shifting every earlier word each time."""
    words = []
    for word in s.split():
        words.insert(0, word)
    return " ".join(words)
