def rotate(nums, k):
    """Rotate nums to the right by k steps, in place."""
    # rotating right by one = moving the last element to the front
    for _ in range(k):
        nums[:] = nums[-1:] + nums[:-1]
    return nums
