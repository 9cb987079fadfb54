def contains_duplicate(nums):
    seen = [False] * 200_001
    for v in nums:
        if seen[v + 100_000]:
            return True
        seen[v + 100_000] = True
    return False
