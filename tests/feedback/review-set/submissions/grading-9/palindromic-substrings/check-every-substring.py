def is_pal(text):
    return text == "".join(reversed(text))


def count_palindromic_substrings(s):
    count = 0
    n = len(s)
    for i in range(n):
        for j in range(i + 1, n + 1):
            if is_pal(s[i:j]):
                count += 1
    return count
