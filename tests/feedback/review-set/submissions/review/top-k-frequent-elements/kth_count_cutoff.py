from collections import Counter


def top_k_frequent(nums, k):
    freq = Counter(nums)
    ranked = sorted(freq, key=freq.get, reverse=True)
    # everything at least as frequent as the k-th value makes the cut
    cutoff = freq[ranked[k - 1]]
    return [v for v in ranked if freq[v] >= cutoff]
