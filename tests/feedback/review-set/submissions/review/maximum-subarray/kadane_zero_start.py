def max_subarray(nums):
    # Kadane: keep the best sum of a subarray ending here
    best = 0
    running = 0
    for x in nums:
        running += x
        if running < 0:
            running = 0
        best = max(best, running)
    return best
