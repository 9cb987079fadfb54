def longest_common_prefix(strs):
    if not strs:
        return ""
    shortest = min(strs, key=len)
    for i in range(len(shortest) - 1):
        for other in strs:
            if other[i] != shortest[i]:
                return shortest[:i]
    return shortest
