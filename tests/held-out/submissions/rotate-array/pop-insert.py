from typing import List


def rotate(nums: List[int], k: int) -> None:
    if not nums:
        return
    steps = k % len(nums)
    for _ in range(steps):
        nums.insert(0, nums.pop())
