from typing import List


def top_k_frequent(nums: List[int], k: int) -> List[int]:
    """Return the k values occurring most often in nums (all values if there are fewer than k)."""
    pass
