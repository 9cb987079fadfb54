def product_except_self(nums):
    n = len(nums)
    answer = [1] * n
    # left pass: product of everything before i
    for i in range(1, n):
        answer[i] = answer[i - 1] * nums[i - 1]
    # right pass: multiply in everything after i
    suffix = 1
    for i in range(n - 1, 0, -1):
        answer[i] *= suffix
        suffix *= nums[i]
    return answer
