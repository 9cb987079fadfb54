import heapq
from collections import Counter


class Solution:
    def topKFrequent(self, nums: list[int], k: int) -> list[int]:
        if k <= 0:
            return []
        freq = Counter(nums)
        return heapq.nlargest(k, freq.keys(), key=freq.__getitem__)
