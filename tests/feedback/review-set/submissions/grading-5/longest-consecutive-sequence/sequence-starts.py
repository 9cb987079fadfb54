def longest_consecutive(nums):
    best = 0
    for num in nums:
        if num - 1 not in nums:
            length = 1
            while num + length in nums:
                length += 1
            best = max(best, length)
    return best
