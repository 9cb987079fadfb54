from typing import List


def subarray_sum(nums: List[int], k: int) -> int:
    count = 0
    n = len(nums)
    for start in range(n):
        total = 0
        for end in range(start, n):
            total += nums[end]
            if total == k:
                count += 1
    return count
