def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    for i in range(len(cleaned) // 2):
        if cleaned[i] != cleaned[-i]:
            return False
    return True
