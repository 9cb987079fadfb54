from collections import Counter
from typing import List


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        buckets = [[] for _ in range(len(nums))]
        for val, c in Counter(nums).items():
            buckets[c].append(val)
        res = []
        for c in range(len(buckets) - 1, 0, -1):
            for val in buckets[c]:
                if len(res) == k:
                    return res
                res.append(val)
        return res
