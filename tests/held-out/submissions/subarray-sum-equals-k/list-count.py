from typing import List


def subarray_sum(nums: List[int], k: int) -> int:
    prefixes = [0]
    acc = 0
    found = 0
    for num in nums:
        acc += num
        found += prefixes.count(acc - k)
        prefixes.append(acc)
    return found
