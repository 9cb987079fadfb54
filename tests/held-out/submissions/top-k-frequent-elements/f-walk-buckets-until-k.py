from collections import Counter


def top_k_frequent(nums, k):
    buckets = [[] for _ in range(len(nums) + 1)]
    for value, freq in Counter(nums).items():
        buckets[freq].append(value)
    result = []
    i = len(nums)
    while len(result) < k:
        result.extend(buckets[i])
        i -= 1
    return result[:k]
