def group_anagrams(strs):
    """O(n * groups): the group keys live in a list, searched with `in` and list.index for every word."""
    keys = []
    groups = []
    for word in strs:
        key = "".join(sorted(word))
        if key in keys:
            groups[keys.index(key)].append(word)
        else:
            keys.append(key)
            groups.append([word])
    return groups
