def longest_common_prefix(strs: list[str]) -> str:
    if not strs:
        return ""
    first, last = min(strs), max(strs)
    i = 0
    while i < len(first) - 1 and first[i] == last[i]:
        i += 1
    return first[:i]
