def max_subarray(nums):
    """Kadane: the best sum of a run ending here either extends the previous run or restarts."""
    running = 0
    best = 0
    for x in nums:
        running = max(x, running + x)
        best = max(best, running)
    return best
