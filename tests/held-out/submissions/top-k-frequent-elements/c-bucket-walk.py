from collections import Counter


def top_k_frequent(nums, k):
    counts = Counter(nums)
    buckets = [[] for _ in range(len(nums) + 1)]
    for value, c in counts.items():
        buckets[c].append(value)
    flat = [v for bucket in reversed(buckets) for v in bucket]
    return [flat[i] for i in range(k)]
