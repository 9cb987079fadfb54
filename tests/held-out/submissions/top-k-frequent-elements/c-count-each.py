def top_k_frequent(nums, k):
    freq = {}
    for x in set(nums):
        freq[x] = nums.count(x)
    ordered = sorted(freq, key=lambda x: -freq[x])
    return ordered[:k]
