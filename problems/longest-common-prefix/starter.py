from typing import List


def longest_common_prefix(strs: List[str]) -> str:
    """Return the longest prefix shared by every string in strs ("" for an empty list)."""
    pass
