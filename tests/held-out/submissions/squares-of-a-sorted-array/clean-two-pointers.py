from typing import List


def sorted_squares(nums: List[int]) -> List[int]:
    n = len(nums)
    out = [0] * n
    l, r = 0, n - 1
    # fill from the back with the larger square of the two ends
    for w in range(n - 1, -1, -1):
        if abs(nums[l]) > abs(nums[r]):
            out[w] = nums[l] ** 2
            l += 1
        else:
            out[w] = nums[r] ** 2
            r -= 1
    return out
