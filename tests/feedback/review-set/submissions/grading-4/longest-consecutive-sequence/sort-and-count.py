from typing import List


def longest_consecutive(nums: List[int]) -> int:
    if not nums:
        return 0
    ordered = sorted(nums)
    best = run = 1
    for i in range(1, len(ordered)):
        if ordered[i] == ordered[i - 1] + 1:
            run += 1
        else:
            run = 1
        best = max(best, run)
    return best
