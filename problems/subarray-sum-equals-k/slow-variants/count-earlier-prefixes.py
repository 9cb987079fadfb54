def subarray_sum(nums, k):
    """O(n^2): prefix sums kept in a list, and list.count finds the earlier ones that match."""
    prefixes = [0]
    total = 0
    count = 0
    for x in nums:
        total += x
        count += prefixes.count(total - k)
        prefixes.append(total)
    return count
