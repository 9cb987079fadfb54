from typing import List


def rotate(nums: List[int], k: int) -> List[int]:
    n = len(nums)
    if n <= 1 or k == 0:
        return nums
    cut = n - k
    # the last k elements move to the front
    nums[:] = nums[cut:] + nums[:cut]
    return nums
