def top_k_frequent(nums, k):
    freq = {}
    for value in set(nums):
        freq[value] = nums.count(value)
    ranked = sorted(freq, key=freq.get, reverse=True)
    return ranked[:k]
