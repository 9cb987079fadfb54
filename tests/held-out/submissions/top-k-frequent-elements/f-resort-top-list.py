from collections import Counter


def top_k_frequent(nums, k):
    top = []
    for value, freq in Counter(nums).items():
        top.append((freq, value))
        top.sort(reverse=True)
        if len(top) > k:
            top.pop()
    return [value for _, value in top]
