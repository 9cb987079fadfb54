import bisect


def search_rotated(nums, target):
    """O(n): undoes the rotation by concatenating two slices, then uses bisect on the copy."""
    if not nums:
        return -1
    lo, hi = 0, len(nums) - 1
    while lo < hi:  # the pivot, by binary search
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1
        else:
            hi = mid
    pivot = lo
    ordered = nums[pivot:] + nums[:pivot]
    i = bisect.bisect_left(ordered, target)
    if i < len(ordered) and ordered[i] == target:
        return (i + pivot) % len(nums)
    return -1
