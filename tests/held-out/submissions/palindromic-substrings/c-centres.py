def count_palindromic_substrings(s: str) -> int:
    n = len(s)
    total = 0
    for center in range(2 * n - 2):
        i = center // 2
        j = i + center % 2
        while i >= 0 and j < n and s[i] == s[j]:
            total += 1
            i -= 1
            j += 1
    return total
