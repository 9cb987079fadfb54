from typing import List


def sorted_squares(nums: List[int]) -> List[int]:
    if nums[0] >= 0:
        return [x * x for x in nums]
    if nums[-1] <= 0:
        return [x * x for x in reversed(nums)]

    n = len(nums)
    result = [0] * n
    left, right = 0, n - 1
    for pos in range(n - 1, -1, -1):
        if abs(nums[left]) > abs(nums[right]):
            result[pos] = nums[left] * nums[left]
            left += 1
        else:
            result[pos] = nums[right] * nums[right]
            right -= 1
    return result
