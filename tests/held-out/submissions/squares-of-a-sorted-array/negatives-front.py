from typing import List


def sorted_squares(nums: List[int]) -> List[int]:
    neg: List[int] = []
    pos: List[int] = []
    for x in nums:
        if x < 0:
            neg.insert(0, x * x)
        else:
            pos.append(x * x)
    merged = []
    a = b = 0
    while a < len(neg) and b < len(pos):
        if neg[a] <= pos[b]:
            merged.append(neg[a])
            a += 1
        else:
            merged.append(pos[b])
            b += 1
    merged.extend(neg[a:])
    merged.extend(pos[b:])
    return merged
