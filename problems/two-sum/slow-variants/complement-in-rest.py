def two_sum(nums, target):
    """O(n^2): looks for each value's complement in a fresh slice of the rest, then finds it with list.index."""
    for i, x in enumerate(nums):
        if target - x in nums[i + 1:]:
            return [i, nums.index(target - x, i + 1)]
    return []
