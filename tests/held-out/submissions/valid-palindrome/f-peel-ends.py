def is_palindrome(s):
    chars = [ch.lower() for ch in s if ch.isalnum()]
    while len(chars) > 1:
        if chars[0] != chars[-1]:
            return False
        chars = chars[1:-1]
    return True
