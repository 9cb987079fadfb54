from typing import List


def move_zeroes(nums: List[int]) -> List[int]:
    """Move every 0 to the end of nums, keeping the order of the other values."""
    write = 0
    for read in range(len(nums)):
        if nums[read] != 0:
            nums[write], nums[read] = nums[read], nums[write]
            write += 1
    return nums
