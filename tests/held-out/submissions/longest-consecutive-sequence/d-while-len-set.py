def longest_consecutive(nums: list[int]) -> int:
    if not nums:
        return 0
    values = sorted(set(nums))
    longest = current = 1
    i = 1
    while i < len(set(nums)):
        if values[i] == values[i - 1] + 1:
            current += 1
            longest = max(longest, current)
        else:
            current = 1
        i += 1
    return longest
