def length_of_longest_substring(s):
    left = 0
    best = 0
    for right in range(len(s)):
        while s[right] in set(s[left:right]):
            left += 1
        best = max(best, right - left + 1)
    return best
