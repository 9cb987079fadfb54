def rotate(nums: list[int], k: int) -> list[int]:
    n = len(nums)
    if n < 2:
        return nums
    shift = k % n
    rotated = [0] * n
    for i, value in enumerate(nums):
        rotated[(i + shift) % n] = value
    nums[:] = rotated
