from typing import List


def remove_duplicates(nums: List[int]) -> List[int]:
    seen = []
    write = 0
    for x in nums:
        if x not in seen:
            seen.append(x)
            nums[write] = x
            write += 1
    del nums[write:]
    return nums
