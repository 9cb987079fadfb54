def group_anagrams(strs):
    buckets = {}
    for word in strs:
        key = frozenset(word)
        buckets.setdefault(key, []).append(word)
    return list(buckets.values())
