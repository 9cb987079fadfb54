from typing import List


def remove_duplicates(nums: List[int]) -> List[int]:
    unique = [nums[0]]
    for value in nums[1:]:
        if value != unique[-1]:
            unique.append(value)
    return unique
