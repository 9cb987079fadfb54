from itertools import combinations


def max_area(heights):
    best = 0
    for i, j in combinations(range(len(heights)), 2):
        best = max(best, min(heights[i], heights[j]) * (j - i))
    return best
