def is_palindrome(s):
    """O(n^2): compares the two ends of the cleaned text and drops them by slicing, copying the middle each time."""
    text = "".join(ch.lower() for ch in s if ch.isalnum())
    while len(text) > 1:
        if text[0] != text[-1]:
            return False
        text = text[1:-1]
    return True
