def longest_consecutive(nums):
    best = 0
    for n in nums:
        lookup = set(nums)
        if n - 1 in lookup:
            continue
        length = 1
        while n + length in lookup:
            length += 1
        best = max(best, length)
    return best
