def missing_number(nums):
    top = max(nums)
    return top * (top + 1) // 2 - sum(nums)
