def group_anagrams(strs):
    seen = {}
    for s in strs:
        freq = [0] * 25
        for c in s:
            freq[ord(c) - 97] += 1
        key = tuple(freq)
        if key not in seen:
            seen[key] = []
        seen[key].append(s)
    return list(seen.values())
