from collections import Counter


def top_k_frequent(nums, k):
    """O(k * distinct): picks the most frequent remaining value with max() over all counts, k times."""
    counts = Counter(nums)
    result = []
    for _ in range(min(k, len(counts))):
        best = max(counts, key=counts.get)
        result.append(best)
        del counts[best]
    return result
