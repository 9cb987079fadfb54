def longest_common_prefix(strs: list[str]) -> str:
    if not strs:
        return ""
    shortest = min(strs, key=len)
    prefix = ""
    for i in range(1, len(shortest) + 1):
        candidate = shortest[:i]
        if all(s[:i] == candidate for s in strs):
            prefix = candidate
        else:
            break
    return prefix
