from itertools import combinations
from typing import List


class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        found = set()
        for triple in combinations(sorted(nums), 3):
            if sum(triple) == 0:
                found.add(triple)
        return [list(triple) for triple in found]
