def longest_common_prefix(strs):
    if not strs:
        return ""
    first = strs[0]
    length = 0
    while length < len(first):
        # do all strings agree on first[0..length]?
        if all(len(s) > length and all(s[k] == first[k] for k in range(length + 1)) for s in strs):
            length += 1
        else:
            break
    return first[:length]
