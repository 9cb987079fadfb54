from typing import List


def top_k_frequent(nums: List[int], k: int) -> List[int]:
    """O(n^2): counts each different value with list.count, a full scan per value."""
    counts = {value: nums.count(value) for value in set(nums)}
    return sorted(counts, key=counts.get, reverse=True)[:k]
