def rotate(nums, k):
    if k == 0 or not nums:
        return nums
    rotated = nums[-k:] + nums[:-k]
    return rotated
