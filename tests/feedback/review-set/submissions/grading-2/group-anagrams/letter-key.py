class Solution:
    def groupAnagrams(self, strs):
        groups = {}
        for word in strs:
            key = "".join(sorted(set(word)))  # the letters the word is made of
            groups.setdefault(key, []).append(word)
        return list(groups.values())
