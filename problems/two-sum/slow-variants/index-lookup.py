def two_sum(nums, target):
    """O(n^2): list.index scans the rest of the list for each value's complement."""
    for i, x in enumerate(nums):
        try:
            return [i, nums.index(target - x, i + 1)]
        except ValueError:
            pass
    return []
