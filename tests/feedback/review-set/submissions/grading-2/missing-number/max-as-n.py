def missing_number(nums):
    # the values should be 0..n, so compare the full sum with what we have
    n = max(nums)
    expected = n * (n + 1) // 2
    return expected - sum(nums)
