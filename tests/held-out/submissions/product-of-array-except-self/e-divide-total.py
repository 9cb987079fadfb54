def product_except_self(nums):
    total = 1
    for x in nums:
        total *= x
    out = []
    for x in nums:
        out.append(total // x)
    return out
