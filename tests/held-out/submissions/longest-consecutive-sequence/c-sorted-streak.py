def longest_consecutive(nums: list[int]) -> int:
    if not nums:
        return 0
    nums = sorted(nums)
    longest = streak = 1
    for i in range(1, len(nums)):
        if nums[i] == nums[i - 1] + 1:
            streak += 1
        else:
            streak = 1
        longest = max(longest, streak)
    return longest
