from typing import List


def search_rotated(nums: List[int], target: int) -> int:
    # find the index of the smallest value (the rotation point)
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1
        else:
            hi = mid
    pivot = lo
    # target sits in the right part if it is not above the last value
    if target <= nums[-1]:
        lo, hi = pivot, len(nums) - 1
    else:
        lo, hi = 0, pivot - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
