def top_k_frequent(nums, k):
    freq = {v: nums.count(v) for v in set(nums)}
    ordered = sorted(freq, key=freq.get, reverse=True)
    return ordered[:k]
