def longest_consecutive(nums):
    if not nums:
        return 0
    ordered = sorted(nums)
    longest = 1
    run = 1
    for prev, cur in zip(ordered, ordered[1:]):
        if cur == prev + 1:
            run += 1
            longest = max(longest, run)
        else:
            run = 1
    return longest
