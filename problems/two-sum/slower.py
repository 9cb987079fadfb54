def two_sum(nums: list[int], target: int) -> list[int]:
    """O(n^2): tries every pair of positions."""
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return [i, j]
    raise ValueError("no two values add up to target")
