from typing import List


def move_zeroes(nums: List[int]) -> None:
    zero_count = nums.count(0)
    for _ in range(zero_count):
        nums.remove(0)
    nums.extend([0] * zero_count)
