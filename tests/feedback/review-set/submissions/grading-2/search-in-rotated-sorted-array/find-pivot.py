from bisect import bisect_left


def search_rotated(nums, target):
    # find where the rotation happened, then binary search the right part
    pivot = 0
    for i in range(1, len(nums)):
        if nums[i] < nums[i - 1]:
            pivot = i
            break
    if pivot and target >= nums[0]:
        lo, hi = 0, pivot
    else:
        lo, hi = pivot, len(nums)
    idx = bisect_left(nums, target, lo, hi)
    if idx < hi and nums[idx] == target:
        return idx
    return -1
