def sorted_squares(nums):
    n = len(nums)
    result = [0] * n
    lo, hi = 0, n - 1
    pos = n - 1
    while lo < hi:
        if nums[lo] * nums[lo] > nums[hi] * nums[hi]:
            result[pos] = nums[lo] * nums[lo]
            lo += 1
        else:
            result[pos] = nums[hi] * nums[hi]
            hi -= 1
        pos -= 1
    return result
