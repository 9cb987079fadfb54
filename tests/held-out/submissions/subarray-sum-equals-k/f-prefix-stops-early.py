def subarray_sum(nums, k):
    prefix = [0] * (len(nums) + 1)
    for i, x in enumerate(nums):
        prefix[i + 1] = prefix[i] + x
    seen = {prefix[0]: 1}
    count = 0
    for j in range(1, len(nums)):
        count += seen.get(prefix[j] - k, 0)
        seen[prefix[j]] = seen.get(prefix[j], 0) + 1
    return count
