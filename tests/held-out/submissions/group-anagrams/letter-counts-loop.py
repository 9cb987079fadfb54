from collections import defaultdict


def group_anagrams(strs):
    groups = defaultdict(list)
    for word in strs:
        counts = [0] * 26
        for i in range(1, len(word)):
            counts[ord(word[i]) - ord("a")] += 1
        groups[tuple(counts)].append(word)
    return list(groups.values())
