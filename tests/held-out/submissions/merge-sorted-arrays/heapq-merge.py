import heapq
from typing import List


class Solution:
    def mergeSorted(self, a: List[int], b: List[int]) -> List[int]:
        return list(heapq.merge(a, b))
