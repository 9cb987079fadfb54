def length_of_longest_substring(s):
    """Sliding window; the characters in the window are kept as bits of one integer."""
    mask = 0
    left = 0
    longest = 0
    for right in range(len(s)):
        bit = 1 << (ord(s[right]) - 97)
        while mask & bit:
            mask &= ~(1 << (ord(s[left]) - 97))
            left += 1
        mask |= bit
        longest = max(longest, right - left + 1)
    return longest
