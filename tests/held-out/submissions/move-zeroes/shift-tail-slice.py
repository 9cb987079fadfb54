def move_zeroes(nums):
    i = 0
    remaining = len(nums)
    while i < remaining:
        if nums[i] == 0:
            nums[i:] = nums[i + 1:] + [0]
            remaining -= 1
        else:
            i += 1
    return nums
