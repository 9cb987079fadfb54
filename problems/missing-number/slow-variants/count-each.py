def missing_number(nums):
    """O(n^2): list.count scans the whole list for every candidate."""
    for candidate in range(len(nums) + 1):
        if nums.count(candidate) == 0:
            return candidate
    return -1
