def move_zeroes(nums):
    """O(n^2): builds the answer with `result = result + [x]`, which copies it for every value."""
    result = []
    zeroes = 0
    for x in nums:
        if x == 0:
            zeroes += 1
        else:
            result = result + [x]
    return result + [0] * zeroes
