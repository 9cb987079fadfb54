from typing import List


def two_sum(nums: List[int], target: int) -> List[int]:
    position = {value: i for i, value in enumerate(nums)}

    for i, value in enumerate(nums):
        partner = target - value
        if partner in position:
            return [i, position[partner]]
    return []
