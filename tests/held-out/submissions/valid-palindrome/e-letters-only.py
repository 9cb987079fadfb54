def _keep(ch):
    return "a" <= ch.lower() <= "z"


def is_palindrome(s: str) -> bool:
    i, j = 0, len(s) - 1
    while i < j:
        if not _keep(s[i]):
            i += 1
        elif not _keep(s[j]):
            j -= 1
        elif s[i].lower() != s[j].lower():
            return False
        else:
            i += 1
            j -= 1
    return True
