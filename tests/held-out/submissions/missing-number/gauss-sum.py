def missing_number(nums):
    n = len(nums)
    expected = n * (n - 1) // 2
    return expected - sum(nums)
