from typing import List


def remove_duplicates(nums: List[int]) -> None:
    if not nums:
        return
    write = 0  # index of the last unique value so far
    for read in range(1, len(nums)):
        if nums[read] != nums[write]:
            write += 1
            nums[write] = nums[read]
    del nums[write:]
