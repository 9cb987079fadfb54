def count_palindromic_substrings(s: str) -> int:
    n = len(s)

    def is_palindrome(lo: int, hi: int) -> bool:
        while lo < hi:
            if s[lo] != s[hi]:
                return False
            lo += 1
            hi -= 1
        return True

    count = 0
    for start in range(n):
        for end in range(start, n):
            if is_palindrome(start, end):
                count += 1
    return count
