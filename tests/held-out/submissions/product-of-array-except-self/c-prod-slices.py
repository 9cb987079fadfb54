from math import prod


def product_except_self(nums):
    n = len(nums)
    answer = [1] * n
    left = 1
    for i in range(n):
        answer[i] = left * prod(nums[i + 1:])
        left *= nums[i]
    return answer
