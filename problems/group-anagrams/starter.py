from typing import List


def group_anagrams(strs: List[str]) -> List[List[str]]:
    """Return the words of strs grouped so that each group holds exactly the anagrams of each other."""
    pass
