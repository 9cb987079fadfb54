def count_palindromic_substrings(s: str) -> int:
    def expand(left: int, right: int) -> int:
        found = 0
        while left >= 0 and right < len(s) and s[left] == s[right]:
            found += 1
            left -= 1
            right += 1
        return found

    return sum(expand(i, i) + expand(i, i + 1) for i in range(len(s)))
