import heapq
from collections import Counter


def top_k_frequent(nums, k):
    counts = Counter(nums)
    heap = [(-count, value) for value, count in counts.items()]
    heapq.heapify(heap)
    result = []
    for _ in range(k):
        result.append(heapq.heappop(heap)[1])
    return result
