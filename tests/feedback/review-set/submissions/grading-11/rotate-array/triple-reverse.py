from typing import List


def _reverse(arr: List[int], lo: int, hi: int) -> None:
    while lo < hi:
        arr[lo], arr[hi] = arr[hi], arr[lo]
        lo += 1
        hi -= 1


def rotate(nums: List[int], k: int) -> None:
    k %= len(nums)
    _reverse(nums, 0, len(nums) - 1)
    _reverse(nums, 0, k - 1)
    _reverse(nums, k, len(nums) - 1)
