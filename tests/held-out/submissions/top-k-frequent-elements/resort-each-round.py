from typing import List


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        counts = {}
        for x in nums:
            counts[x] = counts.get(x, 0) + 1
        chosen = []
        for _ in range(min(k, len(counts))):
            ranked = sorted(counts.items(), key=lambda item: -item[1])
            value = ranked[0][0]
            chosen.append(value)
            del counts[value]
        return chosen
