def longest_common_prefix(strs):
    for i, column in enumerate(zip(*strs)):
        if len(set(column)) > 1:
            return strs[0][:i]
    return strs[0][:i + 1]
