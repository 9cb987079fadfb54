class Solution:
    def groupAnagrams(self, strs):
        groups = []
        for word in strs:
            key = "".join(sorted(word))
            where = {"".join(sorted(g[0])): idx for idx, g in enumerate(groups)}
            if key in where:
                groups[where[key]].append(word)
            else:
                groups.append([word])
        return groups
