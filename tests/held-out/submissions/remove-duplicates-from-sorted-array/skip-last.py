from typing import List


def remove_duplicates(nums: List[int]) -> List[int]:
    if not nums:
        return []
    kept = [nums[0]]
    for i in range(1, len(nums) - 1):
        if nums[i] != nums[i - 1]:
            kept.append(nums[i])
    return kept
