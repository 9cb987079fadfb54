from collections import Counter


def top_k_frequent(nums, k):
    counts = Counter(nums)
    buckets = [[] for _ in range(len(nums) + 1)]
    for value, freq in counts.items():
        buckets[freq].append(value)
    result = []
    freq = len(nums)
    while len(result) < k:
        result.extend(buckets[freq])
        freq -= 1
    return result[:k]
