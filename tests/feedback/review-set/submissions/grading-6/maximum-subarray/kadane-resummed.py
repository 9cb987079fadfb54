def max_subarray(nums):
    best = nums[0]
    start = 0
    for i in range(len(nums)):
        current = sum(nums[start:i + 1])
        if current > best:
            best = current
        if current < 0:
            start = i + 1
    return best
