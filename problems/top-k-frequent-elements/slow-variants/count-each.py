def top_k_frequent(nums, k):
    """O(n^2): counts every element with list.count, a full scan of nums for each one."""
    freq = {}
    for x in nums:
        freq[x] = nums.count(x)
    return sorted(freq, key=lambda v: -freq[v])[:k]
