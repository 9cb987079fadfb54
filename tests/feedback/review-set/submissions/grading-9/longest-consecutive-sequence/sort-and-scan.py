def longest_consecutive(nums):
    if not nums:
        return 0
    values = sorted(nums)
    longest = current = 1
    for prev, cur in zip(values, values[1:]):
        if cur == prev + 1:
            current += 1
            longest = max(longest, current)
        else:
            current = 1
    return longest
