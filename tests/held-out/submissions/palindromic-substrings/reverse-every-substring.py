def count_palindromic_substrings(s):
    total = 0
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            piece = s[i:j]
            if piece == piece[::-1]:
                total += 1
    return total
