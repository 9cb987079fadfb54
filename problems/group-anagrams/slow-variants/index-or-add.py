def group_anagrams(strs):
    """O(n * groups): list.index over the sorted-letter keys finds a word's group, ValueError starts one."""
    keys = []
    groups = []
    for word in strs:
        key = sorted(word)
        try:
            groups[keys.index(key)].append(word)
        except ValueError:
            keys.append(key)
            groups.append([word])
    return groups
