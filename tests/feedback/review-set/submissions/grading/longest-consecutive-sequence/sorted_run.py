def longest_consecutive(nums):
    if not nums:
        return 0
    values = sorted(nums)
    best = current = 1
    for i in range(1, len(values)):
        if values[i] == values[i - 1] + 1:
            current += 1
        else:
            current = 1
        best = max(best, current)
    return best
