def longest_consecutive(nums):
    if not nums:
        return 0
    present = set(nums)
    best = run = 0
    for value in range(min(nums), max(nums) + 1):
        if value in present:
            run += 1
            best = max(best, run)
        else:
            run = 0
    return best
