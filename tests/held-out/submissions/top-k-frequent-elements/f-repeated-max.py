from collections import Counter


def top_k_frequent(nums, k):
    counts = Counter(nums)
    answer = []
    while counts and len(answer) < k:
        best = max(counts, key=counts.get)
        answer.append(best)
        del counts[best]
    return answer
