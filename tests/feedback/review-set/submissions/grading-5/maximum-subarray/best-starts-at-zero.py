def max_subarray(nums):
    best = 0
    running = 0
    for x in nums:
        running += x
        if running > best:
            best = running
        if running < 0:
            running = 0
    return best
