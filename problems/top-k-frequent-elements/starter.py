def top_k_frequent(nums: list[int], k: int) -> list[int]:
    """Return the k values occurring most often in nums (all values if there are fewer than k)."""
    pass
