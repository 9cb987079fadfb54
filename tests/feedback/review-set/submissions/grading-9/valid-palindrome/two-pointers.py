def is_palindrome(s):
    left, right = 0, len(s) - 1
    while left < right:
        if not s[left].isalnum():
            left += 1
        elif not s[right].isalnum():
            right -= 1
        else:
            if s.lower()[left] != s.lower()[right]:
                return False
            left += 1
            right -= 1
    return True
