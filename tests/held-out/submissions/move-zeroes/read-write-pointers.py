def move_zeroes(nums):
    write = 0
    for read in range(len(nums) - 1):
        if nums[read] != 0:
            nums[write] = nums[read]
            write += 1
    for k in range(write, len(nums)):
        nums[k] = 0
    return nums
