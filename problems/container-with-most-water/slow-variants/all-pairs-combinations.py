from itertools import combinations


def max_area(heights):
    """O(n^2): every pair of walls from itertools.combinations, scored in one max()."""
    return max((min(a, b) * (j - i) for (i, a), (j, b) in combinations(enumerate(heights), 2)), default=0)
