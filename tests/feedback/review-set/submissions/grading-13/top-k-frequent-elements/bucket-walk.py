from collections import Counter
from typing import List


def top_k_frequent(nums: List[int], k: int) -> List[int]:
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
