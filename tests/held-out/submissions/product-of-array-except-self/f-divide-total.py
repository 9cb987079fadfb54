def product_except_self(nums):
    total = 1
    for x in nums:
        total *= x
    answer = [total // x for x in nums]
    return answer
