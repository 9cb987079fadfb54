import bisect


def max_subarray(nums):
    seen = [0]  # prefix sums so far, kept in order
    total = 0
    best = nums[0]
    for x in nums:
        total += x
        best = max(best, total - seen[0])
        bisect.insort(seen, total)
    return best
