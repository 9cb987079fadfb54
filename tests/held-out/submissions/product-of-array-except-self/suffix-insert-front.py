from typing import List


def product_except_self(nums: List[int]) -> List[int]:
    prefix = [1]
    for x in nums[:-1]:
        prefix.append(prefix[-1] * x)

    suffix = [1]
    running = 1
    for x in reversed(nums[1:]):
        running *= x
        suffix.insert(0, running)

    return [a * b for a, b in zip(prefix, suffix)]
