from typing import List


def sorted_squares(nums: List[int]) -> List[int]:
    split = next(i for i, x in enumerate(nums) if x >= 0)
    left, right = split - 1, split
    out = []
    while left >= 0 or right < len(nums):
        if right >= len(nums) or (left >= 0 and -nums[left] < nums[right]):
            out.append(nums[left] ** 2)
            left -= 1
        else:
            out.append(nums[right] ** 2)
            right += 1
    return out
