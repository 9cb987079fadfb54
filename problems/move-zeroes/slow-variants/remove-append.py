def move_zeroes(nums):
    """O(n * zeroes): list.remove(0) finds the first zero from the front and shifts the rest, once per zero."""
    for _ in range(nums.count(0)):
        nums.remove(0)
        nums.append(0)
    return nums
