from typing import List


def rotate(nums: List[int], k: int) -> List[int]:
    """Rotate one step at a time, shifting every element each time: O(n * k), O(n^2) at worst."""
    n = len(nums)
    if n == 0:
        return nums
    for _ in range(k % n):
        last = nums[-1]
        for i in range(n - 1, 0, -1):
            nums[i] = nums[i - 1]
        nums[0] = last
    return nums
