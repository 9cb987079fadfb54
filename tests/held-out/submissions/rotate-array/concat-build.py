def rotate(nums, k):
    n = len(nums)
    if n == 0:
        return nums
    k %= n
    result = []
    for i in range(n):
        result = result + [nums[(i - k) % n]]
    return result
