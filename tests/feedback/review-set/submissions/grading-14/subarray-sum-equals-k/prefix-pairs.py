from typing import List


def subarray_sum(nums: List[int], k: int) -> int:
    prefix = [0]
    for x in nums:
        prefix.append(prefix[-1] + x)

    count = 0
    for right in range(1, len(prefix)):
        for left in range(right):
            if prefix[right] - prefix[left] == k:
                count += 1
    return count
