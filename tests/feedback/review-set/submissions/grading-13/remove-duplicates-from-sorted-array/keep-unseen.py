from typing import List


def remove_duplicates(nums: List[int]) -> List[int]:
    unique = []
    for value in nums:
        if value not in unique:
            unique.append(value)
    return unique
