def missing_number(nums):
    n = len(nums)
    total = n * (n + 1) // 2
    for value in nums:
        total -= value
    return total
