def length_of_longest_substring(s: str) -> int:
    last_seen = [-1] * 128
    start = 0
    longest = 0
    for i, ch in enumerate(s):
        code = ord(ch)
        if last_seen[code] >= start:
            start = last_seen[code] + 1
        last_seen[code] = i
        longest = max(longest, i - start + 1)
    return longest
