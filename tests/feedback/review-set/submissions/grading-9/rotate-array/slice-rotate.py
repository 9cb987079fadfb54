def rotate(nums, k):
    n = len(nums)
    if n == 0 or k == 0:
        return nums
    # last k elements go to the front
    nums[:] = nums[-k:] + nums[:-k]
    return nums
