def group_anagrams(strs):
    keys = []
    groups = []
    for word in strs:
        key = sorted(word)
        if key in keys:
            groups[keys.index(key)].append(word)
        else:
            keys.append(key)
            groups.append([word])
    return groups
