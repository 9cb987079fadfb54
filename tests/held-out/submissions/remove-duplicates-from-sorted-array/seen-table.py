from typing import List


def remove_duplicates(nums: List[int]) -> List[int]:
    if not nums:
        return []
    seen = [False] * (max(nums) + 1)
    out = []
    for x in nums:
        if not seen[x]:
            seen[x] = True
            out.append(x)
    return out
