from typing import List


def product_except_self(nums: List[int]) -> List[int]:
    n = len(nums)
    answer = []
    for i in range(n):
        p = 1
        for j in range(n):
            if j != i:
                p *= nums[j]
        answer.append(p)
    return answer
