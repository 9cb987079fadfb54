def longest_common_prefix(strs):
    if not strs:
        return ""
    shortest = min(strs, key=len)
    length = 0
    for i in range(len(shortest) - 1):
        if all(word[i] == shortest[i] for word in strs):
            length += 1
        else:
            break
    return shortest[:length]
