def longest_consecutive(nums):
    if not nums:
        return 0
    nums = sorted(nums)
    best = run = 1
    for i in range(1, len(nums)):
        if nums[i] == nums[i - 1] + 1:
            run += 1
            best = max(best, run)
        else:
            run = 1
    return best
