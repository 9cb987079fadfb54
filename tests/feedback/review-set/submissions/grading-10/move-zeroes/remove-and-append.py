def move_zeroes(nums: list[int]) -> list[int]:
    zeros = nums.count(0)
    for _ in range(zeros):
        nums.remove(0)
        nums.append(0)
    return nums
