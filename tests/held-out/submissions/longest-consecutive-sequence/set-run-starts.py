def longest_consecutive(nums):
    present = set(nums)
    longest = 0
    for x in present:
        if x - 1 not in present:
            y = x
            while y + 1 in present:
                y += 1
            longest = max(longest, y - x + 1)
    return longest
