def longest_common_prefix(strs):
    if not strs:
        return ""
    prefix = ""
    for ch in strs[0]:
        candidate = prefix + ch
        if all(word.startswith(candidate) for word in strs):
            prefix = candidate
        else:
            break
    return prefix
