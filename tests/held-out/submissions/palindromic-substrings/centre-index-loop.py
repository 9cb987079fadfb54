def count_palindromic_substrings(s):
    n = len(s)
    total = 0
    for c in range(2 * n - 2):
        l = c // 2
        r = l + c % 2
        while l >= 0 and r < n and s[l] == s[r]:
            total += 1
            l -= 1
            r += 1
    return total
