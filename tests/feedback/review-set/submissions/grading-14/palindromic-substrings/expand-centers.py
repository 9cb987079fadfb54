def count_palindromic_substrings(s: str) -> int:
    n = len(s)
    total = n

    def expand(left: int, right: int) -> int:
        found = 0
        while left > 0 and right < n and s[left] == s[right]:
            found += 1
            left -= 1
            right += 1
        return found

    for center in range(n):
        total += expand(center - 1, center + 1)
        total += expand(center, center + 1)
    return total
