def is_palindrome(s):
    """O(n^2): compares the two ends of a list of characters with pop(0) and pop(); pop(0) shifts the whole list."""
    chars = [ch.lower() for ch in s if ch.isalnum()]
    while len(chars) > 1:
        if chars.pop(0) != chars.pop():
            return False
    return True
