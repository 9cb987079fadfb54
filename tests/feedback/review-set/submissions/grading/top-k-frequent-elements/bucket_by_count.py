from collections import Counter


class Solution:
    def topKFrequent(self, nums, k):
        counts = Counter(nums)
        by_count = {}
        for value, c in counts.items():
            by_count[c] = value
        result = []
        for c in sorted(by_count, reverse=True):
            if len(result) == k:
                break
            result.append(by_count[c])
        return result
