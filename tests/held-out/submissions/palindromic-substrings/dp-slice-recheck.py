def count_palindromic_substrings(s):
    n = len(s)
    pal = [[False] * n for _ in range(n)]
    count = 0
    for i in range(n - 1, -1, -1):
        for j in range(i, n):
            if s[i] == s[j] and s[i + 1:j] == s[i + 1:j][::-1]:
                pal[i][j] = True
                count += 1
    return count
