from typing import List


def max_subarray(nums: List[int]) -> int:
    prefix = [0]
    for x in nums:
        prefix.append(prefix[-1] + x)

    best = nums[0]
    for end in range(1, len(prefix)):
        for start in range(end):
            best = max(best, prefix[end] - prefix[start])
    return best
