import bisect


def sorted_squares(nums):
    """O(n^2): inserts every square at its place with bisect.insort, shifting the tail each time."""
    result = []
    for x in nums:
        bisect.insort(result, x * x)
    return result
