def longest_common_prefix(strs):
    if not strs:
        return ""
    first = strs[0]
    for length in range(len(first), -1, -1):
        if all(len(s) >= length and all(s[k] == first[k] for k in range(length)) for s in strs):
            return first[:length]
    return ""
