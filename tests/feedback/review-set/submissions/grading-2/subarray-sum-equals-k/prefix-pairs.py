def subarray_sum(nums, k):
    # prefix[i] holds the sum of nums[:i]
    prefix = [0]
    for x in nums:
        prefix.append(prefix[-1] + x)

    count = 0
    for end in range(1, len(prefix)):
        for start in range(end):
            if prefix[end] - prefix[start] == k:
                count += 1
    return count
