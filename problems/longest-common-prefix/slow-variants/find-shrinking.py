def longest_common_prefix(strs):
    """O(n * L): shortens the candidate one character at a time, checking every string with str.find each time."""
    if not strs:
        return ""
    prefix = min(strs, key=len)
    while prefix and any(s.find(prefix) != 0 for s in strs):
        prefix = prefix[:-1]
    return prefix
