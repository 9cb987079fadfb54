def max_subarray(nums):
    prefix = 0
    lowest = 0
    best = nums[0]
    for x in nums:
        prefix += x
        lowest = min(lowest, prefix)
        best = max(best, prefix - lowest)
    return best
