def move_zeroes(nums):
    zeros = 0
    write = 0
    for x in nums:
        if x == 0:
            zeros += 1
        else:
            nums[write] = x
            write += 1
    nums[-zeros:] = [0] * zeros
    return nums
