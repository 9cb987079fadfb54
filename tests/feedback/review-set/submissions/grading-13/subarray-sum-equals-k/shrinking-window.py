from typing import List


def subarray_sum(nums: List[int], k: int) -> int:
    count = 0
    window = 0
    left = 0
    for right, value in enumerate(nums):
        window += value
        while window > k and left < right:
            window -= nums[left]
            left += 1
        if window == k:
            count += 1
    return count
