from collections import Counter


class Solution:
    def topKFrequent(self, nums, k):
        counts = Counter(nums)
        ranked = sorted(counts, key=counts.get, reverse=True)
        # every value at least as frequent as the k-th one belongs to the answer
        threshold = counts[ranked[k - 1]]
        return [v for v in ranked if counts[v] >= threshold]
