from typing import List


def longest_consecutive(nums: List[int]) -> int:
    values = set(nums)
    longest = 0

    for start in values:
        if start - 1 in values:
            continue
        current = start
        length = 1
        while current + 1 in nums:
            current += 1
            length += 1
        longest = max(longest, length)

    return longest
