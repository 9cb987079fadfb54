def missing_number(nums):
    candidates = list(range(len(nums) + 1))
    for x in nums:
        candidates.remove(x)
    return candidates[0]
