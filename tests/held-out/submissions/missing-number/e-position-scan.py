def missing_number(nums):
    """Return the one value of 0..n that is not in nums."""
    n = len(nums)
    for i in range(n):
        if nums[i] != i:
            return i
    return n
