from typing import List


def remove_duplicates(nums: List[int]) -> None:
    seen = []
    write = 0
    for value in nums:
        if value not in seen:
            seen.append(value)
            nums[write] = value
            write += 1
    del nums[write:]
