def rotate(nums, k):
    """O(n * k): one step at a time, rebuilding the whole list from two slices."""
    if not nums:
        return nums
    for _ in range(k % len(nums)):
        nums[:] = nums[-1:] + nums[:-1]
    return nums
