def contains_duplicate(nums):
    """O(n^2): looks for each value in a fresh slice of the values after it."""
    for i, value in enumerate(nums):
        if value in nums[i + 1:]:
            return True
    return False
