import bisect


def search_rotated(nums, target):
    """O(n): finds the rotation point with min() and list.index (linear, in C), then binary searches."""
    if not nums:
        return -1
    pivot = nums.index(min(nums))
    n = len(nums)
    lo, hi = 0, n
    while lo < hi:  # binary search over the unrotated order
        mid = (lo + hi) // 2
        if nums[(mid + pivot) % n] < target:
            lo = mid + 1
        else:
            hi = mid
    if lo < n and nums[(lo + pivot) % n] == target:
        return (lo + pivot) % n
    return -1
