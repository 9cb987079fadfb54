def is_palindrome(s: str) -> bool:
    chars = [c.lower() for c in s if c.isalnum()]
    for i in range(len(chars) // 2):
        if chars[i] != chars[::-1][i]:
            return False
    return True
