from typing import List


def three_sum(nums: List[int]) -> List[List[int]]:
    nums.sort()
    # all positive or all negative: no way to reach zero
    if nums[0] > 0 or nums[-1] < 0:
        return []
    res = []
    n = len(nums)
    for i in range(n - 2):
        if i and nums[i] == nums[i - 1]:
            continue
        lo, hi = i + 1, n - 1
        while lo < hi:
            s = nums[i] + nums[lo] + nums[hi]
            if s == 0:
                res.append([nums[i], nums[lo], nums[hi]])
                lo += 1
                while lo < hi and nums[lo] == nums[lo - 1]:
                    lo += 1
                hi -= 1
            elif s < 0:
                lo += 1
            else:
                hi -= 1
    return res
