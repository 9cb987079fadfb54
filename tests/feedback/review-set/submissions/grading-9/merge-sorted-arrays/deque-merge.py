from collections import deque


def merge_sorted(a, b):
    qa, qb = deque(a), deque(b)
    merged = []
    while qa or qb:
        # take from a unless b is smaller (or b is used up)
        if not qb or qa[0] <= qb[0]:
            merged.append(qa.popleft())
        else:
            merged.append(qb.popleft())
    return merged
