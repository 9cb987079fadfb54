from itertools import combinations


def three_sum(nums):
    found = set()
    for a, b, c in combinations(sorted(nums), 3):
        if a + b + c == 0:
            found.add((a, b, c))
    return [list(triple) for triple in found]
