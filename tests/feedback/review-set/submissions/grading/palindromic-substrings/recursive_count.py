def count_palindromic_substrings(s):
    def is_pal(i, j):
        while i < j:
            if s[i] != s[j]:
                return False
            i += 1
            j -= 1
        return True

    def count(i, j):
        # palindromic substrings that lie inside s[i..j]
        if i > j:
            return 0
        if i == j:
            return 1
        return count(i + 1, j) + count(i, j - 1) - count(i + 1, j - 1) + is_pal(i, j)

    return count(0, len(s) - 1)
