def missing_number(nums):
    n = len(nums)
    candidate = 0
    while candidate < n:
        if candidate not in nums:
            return candidate
        candidate += 1
    return n
