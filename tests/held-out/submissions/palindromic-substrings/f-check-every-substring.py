def count_palindromic_substrings(s):
    count = 0
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            piece = s[i:j]
            if piece == "".join(reversed(piece)):
                count += 1
    return count
