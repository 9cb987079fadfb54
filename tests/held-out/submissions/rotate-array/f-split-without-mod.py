def rotate(nums, k):
    if not nums:
        return nums
    n = len(nums)
    split = n - k
    nums[:] = nums[split:] + nums[:split]
    return nums
