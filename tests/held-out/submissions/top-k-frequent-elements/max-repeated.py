from collections import Counter
from typing import List


def top_k_frequent(nums: List[int], k: int) -> List[int]:
    counts = Counter(nums)
    result = []
    while counts and len(result) < k:
        best = max(counts, key=counts.get)
        result.append(best)
        del counts[best]
    return result
