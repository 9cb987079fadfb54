def longest_common_prefix(strs):
    if not strs:
        return ""
    shortest = min(strs, key=len)
    for i in range(len(shortest) - 1):
        ch = shortest[i]
        for word in strs:
            if word[i] != ch:
                return shortest[:i]
    return shortest
