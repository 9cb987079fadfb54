class Solution:
    def groupAnagrams(self, strs):
        keys = []
        buckets = []
        for s in strs:
            k = "".join(sorted(s))
            if k in keys:
                buckets[keys.index(k)].append(s)
            else:
                keys.append(k)
                buckets.append([s])
        return buckets
