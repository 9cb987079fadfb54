from collections import defaultdict
from typing import List


def subarray_sum(nums: List[int], k: int) -> int:
    # number of earlier prefixes with each sum (the empty prefix has sum 0)
    prefix_counts = defaultdict(int)
    prefix_counts[0] = 1
    running = answer = 0
    for value in nums:
        running += value
        answer += prefix_counts[running - k]
        prefix_counts[running] += 1
    return answer
