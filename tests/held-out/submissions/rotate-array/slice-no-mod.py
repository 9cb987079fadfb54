def rotate(nums, k):
    if not nums or k == 0:
        return nums
    return nums[-k:] + nums[:-k]
