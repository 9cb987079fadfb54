from collections import defaultdict


class Solution:
    def groupAnagrams(self, strs):
        buckets = defaultdict(list)
        for s in strs:
            buckets[tuple(sorted(s))].append(s)
        return list(buckets.values())
