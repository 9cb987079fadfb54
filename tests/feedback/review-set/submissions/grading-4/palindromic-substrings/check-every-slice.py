def count_palindromic_substrings(s: str) -> int:
    count = 0
    n = len(s)
    for start in range(n):
        for end in range(start + 1, n + 1):
            piece = s[start:end]
            if piece == piece[::-1]:
                count += 1
    return count
