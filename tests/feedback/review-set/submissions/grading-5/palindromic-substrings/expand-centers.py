def count_palindromic_substrings(s):
    n = len(s)
    total = 0
    for center in range(n - 1):
        for left, right in ((center, center), (center, center + 1)):
            while left >= 0 and right < n and s[left] == s[right]:
                total += 1
                left -= 1
                right += 1
    return total
