from typing import List


def longest_common_prefix(strs: List[str]) -> str:
    """Return the longest prefix shared by every string in strs ("" for an empty list)."""
    if not strs:
        return ""
    # Every string lies between the smallest and the largest in lexicographic order, so a
    # prefix those two share is shared by all of them. Finding both costs one pass.
    low, high = min(strs), max(strs)
    for i, (a, b) in enumerate(zip(low, high)):
        if a != b:
            return low[:i]
    return low
