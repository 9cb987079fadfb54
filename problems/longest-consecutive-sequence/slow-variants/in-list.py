def longest_consecutive(nums):
    """O(n^2): the neighbour lookups (`x - 1 in nums`, `x + 1 in nums`) scan the list."""
    best = 0
    for x in nums:
        if x - 1 not in nums:
            end = x + 1
            while end in nums:
                end += 1
            best = max(best, end - x)
    return best
