from typing import List


def top_k_frequent(nums: List[int], k: int) -> List[int]:
    freq = {}
    distinct = []
    for x in nums:
        freq[x] = freq.get(x, 0) + 1
        if x not in distinct:
            distinct.append(x)
    distinct.sort(key=lambda v: freq[v], reverse=True)
    return distinct[:k]
