from typing import List


def longest_consecutive(nums: List[int]) -> int:
    values = set(nums)
    longest = 0
    for x in values:
        if x - 1 in values:
            continue
        length = 1
        while x + length in nums:
            length += 1
        longest = max(longest, length)
    return longest
