from typing import List


def rotate(nums: List[int], k: int) -> None:
    if not nums or k == 0:
        return

    def reverse(lo: int, hi: int) -> None:
        while lo < hi:
            nums[lo], nums[hi] = nums[hi], nums[lo]
            lo += 1
            hi -= 1

    n = len(nums)
    reverse(0, n - 1)
    reverse(0, k - 1)
    reverse(k, n - 1)
