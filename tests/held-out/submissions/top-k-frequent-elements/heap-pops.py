import heapq
from collections import Counter
from typing import List


class Solution:
    def top_k_frequent(self, nums: List[int], k: int) -> List[int]:
        heap = [(-cnt, val) for val, cnt in Counter(nums).items()]
        heapq.heapify(heap)
        top = []
        while len(top) < k:
            top.append(heapq.heappop(heap)[1])
        return top
