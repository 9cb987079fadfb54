def longest_consecutive(nums: list[int]) -> int:
    num_set = set(nums)
    best = 0
    for x in num_set:
        if x - 1 not in nums:
            length = 1
            while x + length in num_set:
                length += 1
            best = max(best, length)
    return best
