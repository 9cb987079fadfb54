from typing import List


def rotate(nums: List[int], k: int) -> None:
    n = len(nums)
    if n < 2:
        return
    k %= n

    def flip(lo: int, hi: int) -> None:
        while lo < hi:
            nums[lo], nums[hi] = nums[hi], nums[lo]
            lo += 1
            hi -= 1

    flip(0, n - 1)
    flip(0, k)
    flip(k, n - 1)
