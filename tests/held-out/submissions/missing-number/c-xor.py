def missing_number(nums):
    result = len(nums)
    for i, v in enumerate(nums):
        result ^= i ^ v
    return result
