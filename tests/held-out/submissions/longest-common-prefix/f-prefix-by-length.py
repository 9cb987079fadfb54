def longest_common_prefix(strs):
    if not strs:
        return ""
    shortest = min(strs, key=len)
    length = 0
    while length < len(shortest):
        candidate = shortest[:length + 1]
        if all(s[:length + 1] == candidate for s in strs):
            length += 1
        else:
            break
    return shortest[:length]
