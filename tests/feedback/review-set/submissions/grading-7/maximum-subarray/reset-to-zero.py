def max_subarray(nums):
    best = current = 0
    for x in nums:
        current += x
        if current < 0:
            current = 0
        elif current > best:
            best = current
    return best
