from typing import List


def longest_common_prefix(strs: List[str]) -> str:
    """O(n^2): tries ever longer prefixes of the first string, re-checking every string from its start each time."""
    if not strs:
        return ""
    first = strs[0]
    length = 0
    while length < len(first):
        candidate = first[: length + 1]
        if not all(s.startswith(candidate) for s in strs):
            break
        length += 1
    return first[:length]
