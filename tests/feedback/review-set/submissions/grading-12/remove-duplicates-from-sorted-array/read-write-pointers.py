from typing import List


def remove_duplicates(nums: List[int]) -> None:
    if not nums:
        return
    write = 1
    for read in range(1, len(nums) - 1):
        if nums[read] != nums[write - 1]:
            nums[write] = nums[read]
            write += 1
    del nums[write:]
