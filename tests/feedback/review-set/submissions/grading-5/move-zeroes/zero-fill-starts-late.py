def move_zeroes(nums):
    write = 0
    for i in range(len(nums)):
        if nums[i] != 0:
            nums[write] = nums[i]
            write += 1
    for i in range(write + 1, len(nums)):
        nums[i] = 0
