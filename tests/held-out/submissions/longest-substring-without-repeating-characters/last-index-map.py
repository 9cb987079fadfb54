def length_of_longest_substring(s):
    seen = {}
    left = 0
    result = 0
    for right, c in enumerate(s):
        if c in seen and seen[c] >= left:
            left = seen[c] + 1
        seen[c] = right
        result = max(result, right - left)
    return result
