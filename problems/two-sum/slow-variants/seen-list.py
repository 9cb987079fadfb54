def two_sum(nums, target):
    """O(n^2): the values seen so far are kept in a list, searched with `in` and list.index."""
    seen = []
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen.index(target - x), i]
        seen.append(x)
    return []
