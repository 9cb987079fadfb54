from typing import List


def group_anagrams(strs: List[str]) -> List[List[str]]:
    """O(n^2): keeps the groups in a list and searches it for every word's sorted letters."""
    groups = []  # (sorted letters, words)
    for word in strs:
        key = sorted(word)
        for group_key, words in groups:
            if group_key == key:
                words.append(word)
                break
        else:
            groups.append((key, [word]))
    return [words for _, words in groups]
