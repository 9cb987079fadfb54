def remove_duplicates(nums):
    """O(n^2): keeps a value when list.index (a scan from the front) finds it at its own position."""
    return [x for i, x in enumerate(nums) if nums.index(x) == i]
