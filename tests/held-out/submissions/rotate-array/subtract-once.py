from typing import List


def rotate(nums: List[int], k: int) -> List[int]:
    n = len(nums)
    if n == 0:
        return []
    if k >= n:
        k -= n
    cut = n - k
    return nums[cut:] + nums[:cut]
