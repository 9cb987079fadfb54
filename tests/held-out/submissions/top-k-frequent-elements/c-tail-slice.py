from collections import Counter
from typing import List


def top_k_frequent(nums: List[int], k: int) -> List[int]:
    freq = Counter(nums)
    ranked = sorted(freq, key=freq.get)
    return ranked[-k:]
