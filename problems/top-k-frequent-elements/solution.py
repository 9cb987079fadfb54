from typing import List

from collections import Counter


def top_k_frequent(nums: List[int], k: int) -> List[int]:
    """Return the k values occurring most often in nums (all values if there are fewer than k)."""
    # Bucket the values by how often they occur; no count exceeds len(nums).
    by_count = [[] for _ in range(len(nums) + 1)]
    for value, count in Counter(nums).items():
        by_count[count].append(value)
    result = []
    for bucket in reversed(by_count):
        if len(result) >= k:
            break
        result.extend(bucket)
    return result[:k]
