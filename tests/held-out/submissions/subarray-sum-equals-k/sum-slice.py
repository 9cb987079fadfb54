from typing import List


def subarray_sum(nums: List[int], k: int) -> int:
    seen = {0: 1}
    count = 0
    for i in range(len(nums)):
        prefix = sum(nums[:i + 1])
        count += seen.get(prefix - k, 0)
        seen[prefix] = seen.get(prefix, 0) + 1
    return count
