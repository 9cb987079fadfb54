def longest_common_prefix(strs):
    if not strs:
        return ""
    first = strs[0]
    for i in range(len(first)):
        for other in strs:
            if other[i] != first[i]:
                return first[:i]
    return first
