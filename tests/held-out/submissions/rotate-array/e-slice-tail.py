def rotate(nums, k):
    """Rotate nums to the right by k steps, in place."""
    if not nums:
        return
    tail = nums[-k:]
    head = nums[:-k]
    nums[:] = tail + head
