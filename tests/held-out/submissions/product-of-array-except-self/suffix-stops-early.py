def product_except_self(nums):
    n = len(nums)
    out = [1] * n

    # left products
    acc = 1
    for i in range(n):
        out[i] = acc
        acc *= nums[i]

    # right products
    acc = 1
    for i in range(n - 1, 0, -1):
        out[i] *= acc
        acc *= nums[i]
    return out
