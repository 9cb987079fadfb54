from typing import List


def move_zeroes(nums: List[int]) -> List[int]:
    """Bubble each zero past its non-zero neighbour, pass after pass: O(n^2)."""
    for end in range(len(nums) - 1, 0, -1):
        for i in range(end):
            if nums[i] == 0 and nums[i + 1] != 0:
                nums[i], nums[i + 1] = nums[i + 1], nums[i]
    return nums
