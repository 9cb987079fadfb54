from typing import List


def longest_consecutive(nums: List[int]) -> int:
    if not nums:
        return 0

    ordered = sorted(nums)
    longest = current = 1
    for i in range(1, len(ordered)):
        if ordered[i] == ordered[i - 1] + 1:
            current += 1
        else:
            current = 1
        longest = max(longest, current)
    return longest
