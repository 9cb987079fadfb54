def missing_number(nums):
    """O(n^2): crosses each value off a list of candidates with list.remove, a scan and a shift each time."""
    candidates = list(range(len(nums) + 1))
    for value in nums:
        candidates.remove(value)
    return candidates[0]
