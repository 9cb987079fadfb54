def subarray_sum(nums, k):
    counts = {0: 1}
    total = 0
    result = 0
    for n in nums:
        total += n
        counts[total] = counts.get(total, 0) + 1
        result += counts.get(total - k, 0)
    return result
