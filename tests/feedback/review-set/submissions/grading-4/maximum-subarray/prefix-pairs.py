def max_subarray(nums):
    prefix = [0]
    for x in nums:
        prefix.append(prefix[-1] + x)

    best = nums[0]
    for j in range(1, len(prefix)):
        for i in range(j):
            best = max(best, prefix[j] - prefix[i])
    return best
