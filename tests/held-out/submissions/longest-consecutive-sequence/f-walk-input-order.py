def longest_consecutive(nums):
    best = 0
    run = 0
    prev = None
    for x in nums:
        if prev is not None and x == prev + 1:
            run += 1
        elif x != prev:
            run = 1
        best = max(best, run)
        prev = x
    return best
