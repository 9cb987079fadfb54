def missing_number(nums):
    remaining = list(range(len(nums) + 1))
    for x in nums:
        remaining.remove(x)
    return remaining[0]
