def group_anagrams(strs):
    table = {}
    for i in range(len(strs) - 1):
        word = strs[i]
        signature = tuple(sorted(word))
        table.setdefault(signature, []).append(word)
    return list(table.values())
