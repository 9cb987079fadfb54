from typing import List


def remove_duplicates(nums: List[int]) -> List[int]:
    result = []
    for i in range(len(nums)):
        duplicate = False
        for j in range(i):
            if nums[j] == nums[i]:
                duplicate = True
                break
        if not duplicate:
            result.append(nums[i])
    return result
