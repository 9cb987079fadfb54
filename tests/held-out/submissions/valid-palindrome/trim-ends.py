def is_palindrome(s):
    text = "".join(c for c in s if c.isalnum()).lower()
    while len(text) > 1:
        if text[0] != text[-1]:
            return False
        text = text[1:-1]
    return True
