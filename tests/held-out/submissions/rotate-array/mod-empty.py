from typing import List


def rotate(nums: List[int], k: int) -> List[int]:
    k = k % len(nums)
    return nums[-k:] + nums[:-k] if k else nums[:]
