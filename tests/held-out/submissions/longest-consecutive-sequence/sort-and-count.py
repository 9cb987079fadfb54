from typing import List


class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        values = sorted(set(nums))
        best = 0
        run = 0
        previous = None
        for v in values:
            run = run + 1 if previous is not None and v == previous + 1 else 1
            best = max(best, run)
            previous = v
        return best
