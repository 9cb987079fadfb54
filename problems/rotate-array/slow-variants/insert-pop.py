def rotate(nums, k):
    """O(n * k): one step at a time, moving the last value to the front with list.insert(0, ...)."""
    if not nums:
        return nums
    for _ in range(k % len(nums)):
        nums.insert(0, nums.pop())
    return nums
