def longest_consecutive(nums):
    values = sorted(set(nums))
    longest = 1
    run = 1
    for i in range(1, len(values)):
        if values[i] == values[i - 1] + 1:
            run += 1
            longest = max(longest, run)
        else:
            run = 1
    return longest
