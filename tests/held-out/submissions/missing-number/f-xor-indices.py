def missing_number(nums):
    result = len(nums)
    for i, value in enumerate(nums):
        result ^= i ^ value
    return result
