from typing import List

from collections import defaultdict

ORD_A = ord("a")


def group_anagrams(strs: List[str]) -> List[List[str]]:
    """Return the words of strs grouped so that each group holds exactly the anagrams of each other."""
    groups = defaultdict(list)
    for word in strs:
        # Anagrams share their letter counts; the 26 counts are the group's key.
        counts = [0] * 26
        for code in word.encode("ascii"):  # the statement allows only the letters a to z
            counts[code - ORD_A] += 1
        groups[tuple(counts)].append(word)
    return list(groups.values())
