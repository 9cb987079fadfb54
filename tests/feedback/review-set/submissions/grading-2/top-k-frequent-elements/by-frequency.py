from collections import Counter


def top_k_frequent(nums, k):
    counts = Counter(nums)
    # look values up by how often they occur
    by_freq = {freq: value for value, freq in counts.items()}
    result = []
    for freq in sorted(by_freq, reverse=True):
        if len(result) == k:
            break
        result.append(by_freq[freq])
    return result
