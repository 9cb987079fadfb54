from collections import Counter, defaultdict
from typing import List


def top_k_frequent(nums: List[int], k: int) -> List[int]:
    groups = defaultdict(list)  # count -> values with that count
    for n, c in Counter(nums).items():
        groups[c].append(n)
    picked = []
    for c in sorted(groups, reverse=True):
        picked.extend(groups[c])
        if len(picked) >= k:
            break
    return picked
