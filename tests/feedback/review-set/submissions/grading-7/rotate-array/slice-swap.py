def rotate(nums, k):
    if not nums or k == 0:
        return nums
    nums[:] = nums[-k:] + nums[:-k]
    return nums
