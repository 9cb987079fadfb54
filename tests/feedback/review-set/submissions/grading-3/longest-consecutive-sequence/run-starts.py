def longest_consecutive(nums):
    best = 0
    for x in nums:
        # only count from the first value of a run
        if x - 1 not in nums:
            length = 1
            while x + length in nums:
                length += 1
            best = max(best, length)
    return best
