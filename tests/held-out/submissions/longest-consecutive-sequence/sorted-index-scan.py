def longest_consecutive(nums):
    if not nums:
        return 0
    vals = sorted(set(nums))
    best, run = 1, 1
    for i in range(1, len(vals) - 1):
        if vals[i] - vals[i - 1] == 1:
            run += 1
        else:
            run = 1
        best = max(best, run)
    return best
