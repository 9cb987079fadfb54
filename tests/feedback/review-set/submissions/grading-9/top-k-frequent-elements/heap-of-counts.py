import heapq
from collections import Counter


def top_k_frequent(nums, k):
    counts = Counter(nums)
    heap = [(-c, v) for v, c in counts.items()]
    heapq.heapify(heap)
    result = []
    while heap:
        _, v = heapq.heappop(heap)
        result.append(v)
        if len(result) == k:
            break
    return result
