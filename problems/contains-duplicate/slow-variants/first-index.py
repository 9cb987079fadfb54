def contains_duplicate(nums):
    """O(n^2): a value is a repeat when list.index (a scan from the front) finds it earlier."""
    for i, value in enumerate(nums):
        if nums.index(value) != i:
            return True
    return False
