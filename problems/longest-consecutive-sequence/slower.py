from typing import List


def longest_consecutive(nums: List[int]) -> int:
    """O(n^2): walks upwards from every value, not just from the first value of each run."""
    values = set(nums)
    best = 0
    for start in values:
        end = start + 1
        while end in values:
            end += 1
        best = max(best, end - start)
    return best
