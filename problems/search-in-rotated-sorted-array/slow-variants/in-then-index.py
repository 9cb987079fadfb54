def search_rotated(nums, target):
    """O(n): a membership test and list.index, both linear scans done in C."""
    return nums.index(target) if target in nums else -1
