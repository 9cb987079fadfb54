from typing import List


def subarray_sum(nums: List[int], k: int) -> int:
    left = 0
    window = 0
    hits = 0
    for right, x in enumerate(nums):
        window += x
        while window > k and left <= right:
            window -= nums[left]
            left += 1
        if window == k and left <= right:
            hits += 1
    return hits
