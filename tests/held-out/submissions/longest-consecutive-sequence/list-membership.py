def longest_consecutive(nums):
    longest = 0
    for x in nums:
        if x - 1 in nums:
            continue
        length = 1
        while x + length in nums:
            length += 1
        longest = max(longest, length)
    return longest
