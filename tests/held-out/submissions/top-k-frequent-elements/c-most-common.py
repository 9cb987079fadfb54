from collections import Counter
from typing import List


def top_k_frequent(nums: List[int], k: int) -> List[int]:
    if k <= 0:
        return []
    return [value for value, _ in Counter(nums).most_common(k)]
