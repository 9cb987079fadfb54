from typing import List


def subarray_sum(nums: List[int], k: int) -> int:
    prefix = [0]
    for x in nums:
        prefix.append(prefix[-1] + x)

    count = 0
    for end in range(1, len(prefix)):
        for start in range(end):
            # sum of nums[start:end]
            if prefix[end] - prefix[start] == k:
                count += 1
    return count
