def subarray_sum(nums: list[int], k: int) -> int:
    count = 0
    left = 0
    window = 0
    for right, x in enumerate(nums):
        window += x
        while window > k and left <= right:
            window -= nums[left]
            left += 1
        if window == k and left <= right:
            count += 1
    return count
