from bisect import bisect_left


def search_rotated(nums, target):
    if not nums:
        return -1
    # the rotation point is the index of the smallest value
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1
        else:
            hi = mid
    pivot = lo
    if pivot > 0 and target >= nums[0]:
        lo, hi = 0, pivot
    else:
        lo, hi = pivot, len(nums)
    return bisect_left(nums, target, lo, hi)
