import heapq
from collections import Counter


def top_k_frequent(nums, k):
    freq = Counter(nums)
    heap = [(-count, value) for value, count in freq.items()]
    heapq.heapify(heap)
    result = []
    for _ in range(k):
        _, value = heapq.heappop(heap)
        result.append(value)
    return result
