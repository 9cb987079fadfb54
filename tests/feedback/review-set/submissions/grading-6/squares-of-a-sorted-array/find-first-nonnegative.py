from typing import List


def sorted_squares(nums: List[int]) -> List[int]:
    split = 0
    while nums[split] < 0:
        split += 1
    left, right = split - 1, split
    out = []
    while left >= 0 and right < len(nums):
        if -nums[left] < nums[right]:
            out.append(nums[left] * nums[left])
            left -= 1
        else:
            out.append(nums[right] * nums[right])
            right += 1
    while left >= 0:
        out.append(nums[left] * nums[left])
        left -= 1
    while right < len(nums):
        out.append(nums[right] * nums[right])
        right += 1
    return out
