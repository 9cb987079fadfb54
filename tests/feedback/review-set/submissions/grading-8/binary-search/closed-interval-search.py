from typing import List


def binary_search(nums: List[int], target: int) -> int:
    lo, hi = 0, len(nums)
    while lo <= hi:
        mid = lo + (hi - lo) // 2
        value = nums[mid]
        if value == target:
            return mid
        elif value < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
