from typing import List


def longest_common_prefix(strs: List[str]) -> str:
    first, last = min(strs), max(strs)
    length = 0
    for a, b in zip(first, last):
        if a != b:
            break
        length += 1
    return first[:length]
