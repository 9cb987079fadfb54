def longest_consecutive(nums):
    values = set(nums)
    best = 0
    for v in values:
        run = 1
        while v + run in values:
            run += 1
        best = max(best, run)
    return best
