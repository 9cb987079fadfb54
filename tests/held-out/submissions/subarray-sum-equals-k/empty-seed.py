from collections import defaultdict
from typing import List


def subarray_sum(nums: List[int], k: int) -> int:
    seen = defaultdict(int)
    running = 0
    total = 0
    for x in nums:
        running += x
        total += seen[running - k]
        seen[running] += 1
    return total
