class Solution:
    def groupAnagrams(self, strs):
        groups = {}
        for word in strs:
            key = frozenset(word)
            groups.setdefault(key, []).append(word)
        return list(groups.values())
