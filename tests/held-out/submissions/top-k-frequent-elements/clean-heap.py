import heapq
from collections import Counter


class Solution:
    def topKFrequent(self, nums, k):
        freq = Counter(nums)
        # nlargest copes with k == 0 and with k above the number of values
        return heapq.nlargest(k, freq.keys(), key=freq.get)
