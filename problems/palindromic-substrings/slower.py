def count_palindromic_substrings(s: str) -> int:
    """O(n^3): copies and reverses every substring to compare it with itself."""
    n = len(s)
    count = 0
    for i in range(n):
        for j in range(i + 1, n + 1):
            sub = s[i:j]
            if sub == sub[::-1]:
                count += 1
    return count
