def three_sum(nums):
    found = set()
    n = len(nums)
    for i in range(n - 2):
        lo, hi = i + 1, n - 1
        while lo < hi:
            total = nums[i] + nums[lo] + nums[hi]
            if total == 0:
                found.add(tuple(sorted((nums[i], nums[lo], nums[hi]))))
                lo += 1
                hi -= 1
            elif total < 0:
                lo += 1
            else:
                hi -= 1
    return [list(t) for t in found]
