def group_anagrams(strs):
    # sort the words by their letters so that anagrams end up next to each other
    keyed = sorted(("".join(sorted(word)), word) for word in strs)
    groups = [[keyed[0][1]]]
    for i in range(1, len(keyed)):
        if keyed[i][0] == keyed[i - 1][0]:
            groups[-1].append(keyed[i][1])
        else:
            groups.append([keyed[i][1]])
    return groups
