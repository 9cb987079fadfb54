def contains_duplicate(nums):
    """O(n^2): list.count scans the whole list again for every value."""
    for value in nums:
        if nums.count(value) > 1:
            return True
    return False
