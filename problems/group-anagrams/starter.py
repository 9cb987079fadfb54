def group_anagrams(strs: list[str]) -> list[list[str]]:
    """Return the words of strs grouped so that each group holds exactly the anagrams of each other."""
    pass
