def longest_common_prefix(strs: list[str]) -> str:
    """Return the longest prefix shared by every string in strs ("" for an empty list)."""
    pass
