import bisect


class Solution:
    def searchRotated(self, nums, target):
        n = len(nums)
        if n == 0:
            return -1
        lo, hi = 0, n - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                lo = mid + 1
            else:
                hi = mid
        pivot = lo  # index of the smallest value
        if target >= nums[0] and pivot > 0:
            start, end = 0, pivot
        else:
            start, end = pivot, n
        i = bisect.bisect_left(nums, target, start, end)
        if i < end and nums[i] == target:
            return i
        return -1
