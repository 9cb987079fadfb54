def count_palindromic_substrings(s: str) -> int:
    def is_palindrome(i: int, j: int) -> bool:
        while i < j:
            if s[i] != s[j]:
                return False
            i += 1
            j -= 1
        return True

    def count(i: int, j: int) -> int:
        if i > j:
            return 0
        if i == j:
            return 1
        total = count(i + 1, j) + count(i, j - 1) - count(i + 1, j - 1)
        if is_palindrome(i, j):
            total += 1
        return total

    return count(0, len(s) - 1)
