from typing import List


def rotate(nums: List[int], k: int) -> None:
    if not nums or k == 0:
        return
    nums[:] = nums[-k:] + nums[:-k]
