def max_subarray(nums):
    best = cur = nums[0]
    for i in range(1, len(nums) - 1):
        cur = max(nums[i], cur + nums[i])
        best = max(best, cur)
    return best
