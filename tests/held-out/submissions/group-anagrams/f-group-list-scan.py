from collections import Counter


def group_anagrams(strs):
    signatures = []
    groups = []
    for word in strs:
        sig = Counter(word)
        if sig in signatures:
            groups[signatures.index(sig)].append(word)
        else:
            signatures.append(sig)
            groups.append([word])
    return groups
