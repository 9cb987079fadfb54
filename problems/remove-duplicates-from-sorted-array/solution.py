from typing import List


def remove_duplicates(nums: List[int]) -> List[int]:
    """Return the distinct values of the sorted list nums, each once, in order."""
    write = 0
    for read in range(len(nums)):
        if write == 0 or nums[read] != nums[write - 1]:
            nums[write] = nums[read]
            write += 1
    del nums[write:]
    return nums
