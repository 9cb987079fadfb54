from collections import defaultdict


def subarray_sum(nums, k):
    seen = defaultdict(int)
    seen[0] = 1
    count = 0
    for i in range(len(nums)):
        prefix = sum(nums[:i + 1])
        count += seen[prefix - k]
        seen[prefix] += 1
    return count
