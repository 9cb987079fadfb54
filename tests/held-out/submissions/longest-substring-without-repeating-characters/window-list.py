def length_of_longest_substring(s):
    window = []
    longest = 0
    for ch in s:
        while ch in window:
            window.pop(0)
        window.append(ch)
        longest = max(longest, len(window))
    return longest
