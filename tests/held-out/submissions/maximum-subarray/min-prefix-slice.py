def max_subarray(nums):
    prefix = [0]
    for x in nums:
        prefix.append(prefix[-1] + x)
    best = float("-inf")
    for j in range(1, len(prefix)):
        best = max(best, prefix[j] - min(prefix[:j]))
    return best
