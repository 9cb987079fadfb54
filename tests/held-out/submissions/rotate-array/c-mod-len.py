from typing import List


def rotate(nums: List[int], k: int) -> None:
    k %= len(nums)
    if k:
        nums[:] = nums[-k:] + nums[:-k]
