from typing import List


def search_rotated(nums: List[int], target: int) -> int:
    n = len(nums)
    if n == 0:
        return -1
    lo, hi = 0, n - 1
    while lo < hi:  # smallest element
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1
        else:
            hi = mid
    start = lo
    lo, hi = 0, n - 1
    while lo < hi:  # search in the "unrotated" index space
        mid = (lo + hi) // 2
        if nums[(mid + start) % n] < target:
            lo = mid + 1
        else:
            hi = mid
    return (lo + start) % n
