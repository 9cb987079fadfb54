from typing import List


def sorted_squares(nums: List[int]) -> List[int]:
    return [n * n for n in nums]
