def longest_common_prefix(strs):
    if not strs:
        return ""
    first, last = strs[0], strs[-1]
    n = min(len(first), len(last))
    i = 0
    while i < n and first[i] == last[i]:
        i += 1
    return first[:i]
