import bisect


def contains_duplicate(nums):
    ordered = []
    for x in nums:
        pos = bisect.bisect_left(ordered, x)
        if pos < len(ordered) and ordered[pos] == x:
            return True
        ordered.insert(pos, x)
    return False
