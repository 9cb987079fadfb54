def count_palindromic_substrings(s: str) -> int:
    """Return how many substrings of s (counted by position) are palindromes."""
    n = len(s)
    count = 0
    # Every palindrome has a centre: a character (odd length) or a gap between two
    # characters (even length). Grow outwards from each of the 2n - 1 centres.
    for centre in range(2 * n - 1):
        left = centre // 2
        right = left + centre % 2
        while left >= 0 and right < n and s[left] == s[right]:
            count += 1
            left -= 1
            right += 1
    return count
