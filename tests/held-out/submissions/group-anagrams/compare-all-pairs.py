def group_anagrams(strs):
    used = [False] * len(strs)
    result = []
    for i in range(len(strs)):
        if used[i]:
            continue
        used[i] = True
        group = [strs[i]]
        key = sorted(strs[i])
        for j in range(i + 1, len(strs)):
            if not used[j] and sorted(strs[j]) == key:
                used[j] = True
                group.append(strs[j])
        result.append(group)
    return result
