def longest_common_prefix(strs):
    """O(n * L): the first string is cut one character at a time (a new copy each time) until every string starts with it."""
    if not strs:
        return ""
    prefix = strs[0]
    for s in strs[1:]:
        while not s.startswith(prefix):
            prefix = prefix[:-1]
    return prefix
