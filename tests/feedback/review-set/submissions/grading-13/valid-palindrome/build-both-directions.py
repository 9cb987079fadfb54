def is_palindrome(s: str) -> bool:
    forward = ""
    backward = ""
    for ch in s:
        if ch.isalnum():
            ch = ch.lower()
            forward += ch
            backward = ch + backward
    return forward == backward
