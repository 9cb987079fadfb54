def count_palindromic_substrings(s):
    """O(n^3): every substring is compared with "".join(reversed(...)) of itself."""
    n = len(s)
    return sum(1 for i in range(n) for j in range(i + 1, n + 1) if s[i:j] == "".join(reversed(s[i:j])))
