from typing import List


def longest_consecutive(nums: List[int]) -> int:
    if not nums:
        return 0
    ordered = sorted(nums)
    longest = streak = 1
    for prev, cur in zip(ordered, ordered[1:]):
        if cur == prev + 1:
            streak += 1
            longest = max(longest, streak)
        else:
            streak = 1
    return longest
