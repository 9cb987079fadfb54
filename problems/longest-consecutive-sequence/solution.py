from typing import List


def longest_consecutive(nums: List[int]) -> int:
    """Return the length of the longest run of consecutive integers present in nums."""
    values = set(nums)
    best = 0
    for start in values:
        # Walk only from the first value of a run, so each value is stepped over once.
        if start - 1 in values:
            continue
        end = start + 1
        while end in values:
            end += 1
        best = max(best, end - start)
    return best
