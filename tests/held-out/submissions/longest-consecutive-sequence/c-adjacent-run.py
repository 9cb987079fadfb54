def longest_consecutive(nums: list[int]) -> int:
    if not nums:
        return 0
    best = run = 1
    for prev, cur in zip(nums, nums[1:]):
        if cur == prev + 1:
            run += 1
            best = max(best, run)
        elif cur != prev:
            run = 1
    return best
