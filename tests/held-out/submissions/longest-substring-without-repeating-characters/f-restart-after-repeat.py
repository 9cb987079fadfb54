def length_of_longest_substring(s):
    best = 0
    for i in range(len(s)):
        chars = set()
        for j in range(i, len(s)):
            if s[j] in chars:
                break
            chars.add(s[j])
        best = max(best, len(chars))
    return best
