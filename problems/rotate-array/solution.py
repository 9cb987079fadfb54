from typing import List


def rotate(nums: List[int], k: int) -> List[int]:
    """Rotate nums to the right by k steps (k may exceed len(nums))."""
    n = len(nums)
    if n == 0:
        return nums
    k %= n
    nums[:] = nums[n - k:] + nums[:n - k]
    return nums
