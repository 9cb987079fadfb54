from collections import defaultdict


def group_anagrams(strs):
    groups = defaultdict(set)
    for word in strs:
        groups["".join(sorted(word))].add(word)
    return [list(g) for g in groups.values()]
