from typing import List


def rotate(nums: List[int], k: int) -> None:
    if not nums:
        return
    k %= len(nums)
    # the last k elements move to the front
    nums[:] = nums[len(nums) - k:] + nums[:len(nums) - k]
