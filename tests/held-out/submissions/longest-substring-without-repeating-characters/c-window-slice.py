def length_of_longest_substring(s):
    start = 0
    longest = 0
    for end, ch in enumerate(s):
        window = s[start:end]
        if ch in window:
            start += window.index(ch) + 1
        longest = max(longest, end - start + 1)
    return longest
