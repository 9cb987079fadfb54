def subarray_sum(nums, k):
    count = 0
    window = 0
    left = 0
    for right, value in enumerate(nums):
        window += value
        # shrink while the window overshoots k
        while window > k and left <= right:
            window -= nums[left]
            left += 1
        if window == k and left <= right:
            count += 1
    return count
